package org.sanxiang.review;

/**
 * What a review round concludes (SH-5): passed; passed once the listed changes are made
 * and confirmed; returned to the officer for more (a resubmission is a new round); not
 * passed (the decision may not be made, 行政处罚法 第五十八条).
 */
public enum ReviewOutcome {

	PASSED("通过"), PASSED_WITH_CHANGES("修改后通过"), RETURNED("退回补充"), REJECTED("不通过");

	private final String label;

	ReviewOutcome(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Whether the round ends with a 法制审核意见书 (a returned package gets none). */
	public boolean opinion() {
		return this != RETURNED;
	}

}
