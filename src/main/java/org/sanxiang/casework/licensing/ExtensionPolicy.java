package org.sanxiang.casework.licensing;

import java.time.LocalDate;

import org.sanxiang.casework.Actor;
import org.sanxiang.identity.Role;

/**
 * 延长审查期限 (行政许可法 第四十二条, RULES.md XK-42, XK-42b): when the decision cannot be made within
 * the period, it may be extended <em>once</em>, with the approval of the head the
 * {@link HandlingMode} names, and the applicant is told the reason — by 10 days with this
 * agency's 负责人 (第一款), by 15 days with the head of the people's government for unified,
 * joint or concentrated handling (第二款). A lower level's preliminary review has its 20
 * days and no extension (第四十三条, XK-43). Approved within the running period; working days
 * (第八十二条). The approval is recorded by a 负责人 of this agency.
 */
final class ExtensionPolicy {

	private ExtensionPolicy() {
	}

	static Verdict check(HandlingMode mode, boolean alreadyExtended, Actor approver, String reason, LocalDate on,
			LocalDate due) {
		Rule rule = mode.rule();
		if (mode.extensionDays() == 0) {
			return Verdict.refused(mode.label() + "应当自受理之日起" + mode.period(null).amount() + "个工作日内审查完毕，法律未规定延长", rule);
		}
		if (alreadyExtended) {
			return Verdict.refused("审查期限只能延长一次，本案已延长" + mode.extensionDays() + "个工作日", rule);
		}
		if (approver == null || !approver.has(Role.DIRECTOR)) {
			return Verdict.refused("延长审查期限须经" + mode.approver() + "批准，由本机关负责人记录"
					+ (approver == null ? "" : "，" + approver.name() + "不是负责人"), rule);
		}
		if (reason == null || reason.isBlank()) {
			return Verdict.refused("延长审查期限须说明理由并告知申请人", rule);
		}
		if (on.isAfter(due)) {
			return Verdict.refused("法定办理期限已于 " + due + " 届满，届满后不能再批准延期", rule);
		}
		return Verdict.ALLOWED;
	}

}
