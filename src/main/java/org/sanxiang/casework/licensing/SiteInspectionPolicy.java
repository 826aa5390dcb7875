package org.sanxiang.casework.licensing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.catalog.Certificate;
import org.sanxiang.catalog.Officer;

/**
 * 现场核查 (行政许可法 第三十四条第三款, RULES.md XK-34; JL-7): substantive verification is done by two or
 * more staff, each a certified officer whose 行政执法证 is valid on the day of the check
 * (持证上岗, ZJ-1). A refusal names every officer who does not qualify and why.
 */
final class SiteInspectionPolicy {

	static final int MINIMUM_OFFICERS = 2;

	private SiteInspectionPolicy() {
	}

	static Verdict check(LocalDate on, List<Officer> officers) {
		Map<String, Officer> distinct = new LinkedHashMap<>();
		(officers == null ? List.<Officer>of() : officers).forEach(o -> distinct.putIfAbsent(o.id(), o));
		List<String> problems = new ArrayList<>();
		if (distinct.size() < MINIMUM_OFFICERS) {
			problems.add("现场核查须由两名以上执法人员进行，本次仅" + distinct.size() + "名");
		}
		for (Officer officer : distinct.values()) {
			if (!officer.certifiedOn(on)) {
				problems.add(officer.name() + "：" + whyNotCertified(officer.certificate(), on));
			}
		}
		return problems.isEmpty() ? Verdict.ALLOWED : Verdict.refused(String.join("；", problems), Rule.XK_34);
	}

	private static String whyNotCertified(Certificate c, LocalDate on) {
		if (c == null) {
			return "未持有行政执法证";
		}
		if (on.isBefore(c.validFrom())) {
			return "行政执法证 " + c.number() + " 自 " + c.validFrom() + " 起有效，核查日 " + on + " 尚未生效";
		}
		if (on.isAfter(c.validTo())) {
			return "行政执法证 " + c.number() + " 已于 " + c.validTo() + " 到期";
		}
		return "行政执法证 " + c.number() + " 状态为" + c.status().label();
	}

}
