/**
 * 法制审核 — the legal review of major enforcement decisions (重大执法决定), the third of the three
 * systems: no major decision is made without a review that passed it, and the decision
 * issued is exactly the one reviewed (RULES.md SH-1; 行政处罚法 第五十八条; 国办发〔2018〕118号). The
 * case officer submits a complete package (SH-3; incomplete packages are refused with
 * everything missing), only for a case's major decision (SH-2); it goes to a 法制审核人员 who
 * had no hand in the case (separation of duties); the reviewer answers the seven points
 * and whether a suspected crime is to be transferred, starting from what the records show
 * (SH-4), and concludes 通过, 修改后通过 (the officer confirms each change, the reviewer the
 * amended text), 退回补充 (a new round) or 不通过, within 7 working days of the complete
 * package, +3 with approval, inside the case's running decision period (SH-5); a
 * conclusion other than 退回补充 issues the 法制审核意见书 through the documents module in its own
 * transaction — numbered in the register's 法审 series, printed, verifiable (WS-2) — or is
 * not made at all. Cases that need it go to a collective discussion (集体讨论) before the
 * decision. {@link org.sanxiang.review.LegalReviews} is the API; the module's
 * {@link org.sanxiang.casework.DecisionGuard} is the gate casework asks on every decision
 * path; every change is a {@link org.sanxiang.review.ReviewEvent} the journal appends in
 * its transaction; supervision reads the coverage of major decisions, review times and
 * the reviewer ratio (SH-7).
 */
package org.sanxiang.review;
