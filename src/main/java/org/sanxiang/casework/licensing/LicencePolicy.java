package org.sanxiang.casework.licensing;

import java.time.LocalDate;
import java.time.Period;

import org.sanxiang.casework.Actor;
import org.sanxiang.identity.Role;

/**
 * After a grant: 变更 on the holder's application (第四十九条), 延续 applied for 30 days before
 * expiry (第五十条, XK-50 — the applicant's period, so natural days) and decided before the
 * licence expires — a denial states its reasons and remedies (第三十八条第二款), no decision by
 * the day of expiry means the renewal is granted — 撤回 for changed law or circumstances
 * (第八条, XK-8), 撤销 (第六十九条, XK-69) and 注销 (第七十条, XK-70), each with its reason. 撤回 and 撤销
 * are major decisions and need a passed legal review (SH-2, checked by
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
		Verdict applied = renewalApplication(licence, appliedOn, null);
		if (applied instanceof Verdict.Refused) {
			return applied;
		}
		if (newValidTo == null || !newValidTo.isAfter(licence.validTo())) {
			return Verdict.refused("延续后的有效期应晚于原有效期 " + licence.validTo(), Rule.XK_50);
		}
		return Verdict.ALLOWED;
	}

	/**
	 * The holder's application: at least 30 days before expiry; a requested validity, if
	 * named, later than the current one.
	 */
	static Verdict renewalApplication(Licence licence, LocalDate appliedOn, LocalDate requestedValidTo) {
		LocalDate latest = licence.validTo().minusDays(RENEWAL_NOTICE_DAYS);
		if (appliedOn == null || appliedOn.isAfter(latest)) {
			return Verdict.refused(
					"延续申请应当在有效期届满" + RENEWAL_NOTICE_DAYS + "日前提出：有效期至 " + licence.validTo() + "，最迟 " + latest + " 提出",
					Rule.XK_50);
		}
		if (requestedValidTo != null && !requestedValidTo.isAfter(licence.validTo())) {
			return Verdict.refused("申请延续的有效期应晚于原有效期 " + licence.validTo(), Rule.XK_50);
		}
		return Verdict.ALLOWED;
	}

	/**
	 * 不予延续: before the licence expires (after that the law has granted it), approved by a
	 * 负责人, with the reasons (the remedies are added by the case, XK-38).
	 */
	static Verdict renewalDenial(Licence licence, LocalDate on, Actor approver, String reasons) {
		if (approver == null || !approver.has(Role.DIRECTOR)) {
			return Verdict.refused("不予延续的决定须经本行政机关负责人批准" + (approver == null ? "" : "，" + approver.name() + "不是负责人"),
					Rule.XK_37);
		}
		if (reasons == null || reasons.isBlank()) {
			return Verdict.refused("不予延续的，应当说明理由", Rule.XK_38);
		}
		if (on.isAfter(licence.validTo())) {
			return Verdict.refused("应当在有效期届满（" + licence.validTo() + "）前作出是否准予延续的决定；逾期未作决定的，视为准予延续，不能再决定不予延续",
					Rule.XK_50);
		}
		return Verdict.ALLOWED;
	}

	/**
	 * The validity a deemed renewal gives: what the holder asked for, or else the
	 * licence's original term once more, counted from its expiry.
	 */
	static LocalDate deemedValidTo(Licence licence, RenewalApplication application) {
		if (application.requestedValidTo() != null) {
			return application.requestedValidTo();
		}
		return licence.validTo().plus(Period.between(licence.validFrom(), licence.validTo()));
	}

}
