package org.sanxiang.casework.licensing;

import java.time.LocalDate;

/**
 * After a grant: 变更 on the holder's application (第四十九条), 延续 applied for 30 days before
 * expiry (第五十条, XK-50 — the applicant's period, so natural days), 撤回 for changed law or
 * circumstances (第八条, XK-8), 撤销 (第六十九条, XK-69) and 注销 (第七十条, XK-70), each with its
 * reason. 撤回 and 撤销 are major decisions and need a passed legal review (SH-2, checked by
 * {@link DecisionPolicy}).
 */
final class LicencePolicy {

	static final int RENEWAL_NOTICE_DAYS = 30;

	private LicencePolicy() {
	}

	static Verdict reason(String reason, Rule rule) {
		return reason == null || reason.isBlank() ? Verdict.refused("请说明理由和依据", rule) : Verdict.ALLOWED;
	}

	static Verdict renewal(Licence licence, LocalDate appliedOn, LocalDate newValidTo) {
		LocalDate latest = licence.validTo().minusDays(RENEWAL_NOTICE_DAYS);
		if (appliedOn == null || appliedOn.isAfter(latest)) {
			return Verdict.refused(
					"延续申请应当在有效期届满" + RENEWAL_NOTICE_DAYS + "日前提出：有效期至 " + licence.validTo() + "，最迟 " + latest + " 提出",
					Rule.XK_50);
		}
		if (newValidTo == null || !newValidTo.isAfter(licence.validTo())) {
			return Verdict.refused("延续后的有效期应晚于原有效期 " + licence.validTo(), Rule.XK_50);
		}
		return Verdict.ALLOWED;
	}

}
