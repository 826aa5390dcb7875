package org.sanxiang.complaints;

/** Where a complaint stands. */
enum ComplaintStatus {

	RECEIVED("待处理"), IN_PROGRESS("处理中"), REPLIED("已答复"), CLOSED("已办结");

	private final String label;

	ComplaintStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Still waiting for its reply: counts against the deadline. */
	public boolean open() {
		return this == RECEIVED || this == IN_PROGRESS;
	}

}
