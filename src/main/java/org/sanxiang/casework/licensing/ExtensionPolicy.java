package org.sanxiang.casework.licensing;

import java.time.LocalDate;

import org.sanxiang.casework.Actor;
import org.sanxiang.identity.Role;

/**
 * 延长审查期限 (行政许可法 第四十二条第一款, RULES.md XK-42): when the decision cannot be made within 20
 * days, the agency's 负责人 may approve an extension of 10 days, <em>once</em>, and the
 * applicant is told the reason. Approved within the running period; working days (第八十二条).
 */
final class ExtensionPolicy {

	private ExtensionPolicy() {
	}

	static Verdict check(boolean alreadyExtended, Actor approver, String reason, LocalDate on, LocalDate due) {
		if (alreadyExtended) {
			return Verdict.refused("审查期限只能延长一次，本案已延长" + CaseDeadlines.EXTENSION_DAYS + "个工作日", Rule.XK_42);
		}
		if (approver == null || !approver.has(Role.DIRECTOR)) {
			return Verdict.refused("延长审查期限须经本行政机关负责人批准" + (approver == null ? "" : "，" + approver.name() + "不是负责人"),
					Rule.XK_42);
		}
		if (reason == null || reason.isBlank()) {
			return Verdict.refused("延长审查期限须说明理由并告知申请人", Rule.XK_42);
		}
		if (on.isAfter(due)) {
			return Verdict.refused("法定办理期限已于 " + due + " 届满，届满后不能再批准延期", Rule.XK_42);
		}
		return Verdict.ALLOWED;
	}

}
