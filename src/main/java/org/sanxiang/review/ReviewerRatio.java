package org.sanxiang.review;

import java.util.List;

/**
 * Reviewers to certified officers of one agency (SH-7: about 5% expected, to verify).
 *
 * @param agencyCode the agency, by 统一社会信用代码
 * @param agencyName its name
 * @param certifiedOfficers officers whose certificate is valid today
 * @param reviewers officers whose staff account holds the 法制审核人员 role
 * @param ratio reviewers ÷ certified officers ({@code 0} when there are none)
 * @param expected the share the agency aims at (setting, default 0.05)
 * @param meets whether {@code ratio ≥ expected}
 * @param reviewerAccounts the reviewers' accounts
 */
public record ReviewerRatio(String agencyCode, String agencyName, int certifiedOfficers, int reviewers, double ratio,
		double expected, boolean meets, List<String> reviewerAccounts) {

	public ReviewerRatio {
		reviewerAccounts = reviewerAccounts == null ? List.of() : List.copyOf(reviewerAccounts);
	}

}
