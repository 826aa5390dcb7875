package org.sanxiang.disclosure.publication;

import java.time.LocalDate;

/**
 * How long a publication stays in the public lists (公示期限, GS-6). RULES.md gives periods
 * for penalties and credit repair, none for licences; these are our choice, set per
 * agency ({@link PublicationSettings}): a grant, 变更 or 延续 while the licence is valid plus
 * a number of years (a long-term licence, 2099-12-31 by GS-8, has no end); a refusal
 * (不予许可 or 不予延续) a number of years after the decision; a withdrawn publication, and the
 * 撤回/撤销/注销 decision itself, a number of years after the withdrawal or decision. After
 * that the record leaves the public lists and stays in the records.
 */
final class DisclosurePeriods {

	/** 长期 (GS-8). */
	static final LocalDate LONG_TERM = LocalDate.of(2099, 12, 31);

	private DisclosurePeriods() {
	}

	/**
	 * The last public day of a publication of {@code action}, or {@code null} for no end.
	 */
	static LocalDate until(PublicationSettings settings, String action, LocalDate decidedOn, LocalDate validTo) {
		return switch (action) {
			case "不予许可", "不予延续" -> decidedOn.plusYears(settings.refusalYears());
			case "撤回", "撤销", "注销" -> decidedOn.plusYears(settings.withdrawnYears());
			default -> {
				if (validTo == null) {
					yield decidedOn.plusYears(settings.grantYearsWithoutValidity());
				}
				yield validTo.isBefore(LONG_TERM) ? validTo.plusYears(settings.grantYearsAfterValidity()) : null;
			}
		};
	}

	/**
	 * The last public day of a publication withdrawn on {@code withdrawnOn} (GS-4, GS-6).
	 */
	static LocalDate afterWithdrawal(PublicationSettings settings, LocalDate withdrawnOn) {
		return withdrawnOn.plusYears(settings.withdrawnYears());
	}

}
