package org.sanxiang.review;

import java.util.EnumSet;
import java.util.Set;

/** Where a legal review stands. */
public enum ReviewStatus {

	/** 审核中: a complete package with a reviewer; the review clock runs (SH-5). */
	UNDER_REVIEW("审核中"),
	/** 退回补充: back with the officer, who resubmits as a new round. */
	RETURNED("退回补充，待重新提交"),
	/** 修改后通过: the officer is to make the listed changes and confirm each. */
	AWAITING_AMENDMENT("修改后通过，待承办人修改"),
	/** 修改后通过: the amended text is back; the reviewer is to confirm the changes. */
	AWAITING_CONFIRMATION("修改后通过，待审核人员确认修改"),
	/** 审核通过 (通过, or 修改后通过 with the changes confirmed): the cleared text may be issued. */
	PASSED("审核通过"),
	/** 审核不通过: the decision may not be made; a new package starts a new review. */
	REJECTED("审核不通过");

	/** The statuses of a review still running: one per case at a time. */
	public static final Set<ReviewStatus> OPEN = EnumSet.of(UNDER_REVIEW, RETURNED, AWAITING_AMENDMENT,
			AWAITING_CONFIRMATION);

	/** The statuses in which the reviewer has work to do. */
	public static final Set<ReviewStatus> WITH_REVIEWER = EnumSet.of(UNDER_REVIEW, AWAITING_CONFIRMATION);

	private final String label;

	ReviewStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean open() {
		return OPEN.contains(this);
	}

}
