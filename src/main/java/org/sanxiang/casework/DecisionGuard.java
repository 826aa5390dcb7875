package org.sanxiang.casework;

/**
 * Whether a major enforcement decision (重大执法决定) of a case may be made: only after a legal
 * review that passed (法制审核, RULES.md SH-1; 行政处罚法 第五十八条; 国办发〔2018〕118号). The review module
 * implements it; until then {@link #NO_REVIEW_MODULE} refuses every major case, so none
 * slips through. Asked only for major cases; the answer is a value, never an exception.
 */
@FunctionalInterface
public interface DecisionGuard {

	/**
	 * The guard in force until the review module exists: every major decision is refused.
	 */
	DecisionGuard NO_REVIEW_MODULE = proposal -> Clearance.refused("法制审核模块尚未启用，重大执法决定不得作出");

	/**
	 * The legal review's answer for a major decision about to be made: passed only when
	 * the case's latest review passed this very proposal (same
	 * {@link ProposedDecision#digest()}) and the approver did not review it.
	 */
	Clearance clearance(ProposedDecision proposal);

	/**
	 * @param passed whether the review passed
	 * @param reason why not, or the review's reference when passed
	 */
	record Clearance(boolean passed, String reason) {

		public static Clearance passed(String reference) {
			return new Clearance(true, reference);
		}

		public static Clearance refused(String reason) {
			return new Clearance(false, reason);
		}

	}

}
