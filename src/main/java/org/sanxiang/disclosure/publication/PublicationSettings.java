package org.sanxiang.disclosure.publication;

/**
 * How one agency publishes its licensing decisions (V28, one row per agency; none means
 * {@link #defaults}).
 *
 * @param agencyCode the 执法主体's 统一社会信用代码
 * @param autoPublish {@code true}: a complete publication goes out by itself (the sweep);
 * {@code false}: after one approval by a 负责人 — the default, since a person checks the
 * masking (GS-5) before anything is public
 * @param publishPersonRefusals whether the 不予许可 of a natural person is published: GS-3
 * asks for licensing decisions to be published, GS-5 protects natural persons' privacy; a
 * refusal of a natural person says something about that person and discloses no licence
 * the public relies on, so by default it is held back (不予公开, 个人隐私) with the reason
 * recorded, and an agency that reads its local rules otherwise turns this on
 * @param grantYearsAfterValidity GS-6, our choice: a grant (and its 变更, 延续) stays public
 * while the licence is valid and this many years after
 * @param grantYearsWithoutValidity a grant without an end of validity (not long-term,
 * simply none recorded): this many years after the decision
 * @param refusalYears a published refusal: this many years after the decision
 * @param withdrawnYears a withdrawn publication and the 撤回/撤销/注销 decision itself: this
 * many years after the withdrawal or decision
 */
record PublicationSettings(String agencyCode, boolean autoPublish, boolean publishPersonRefusals,
		int grantYearsAfterValidity, int grantYearsWithoutValidity, int refusalYears, int withdrawnYears) {

	static PublicationSettings defaults(String agencyCode) {
		return new PublicationSettings(agencyCode, false, false, 1, 5, 1, 3);
	}

}
