package org.sanxiang.inspection;

/** Where an inspection plan stands. */
enum PlanStatus {

	/** 公布待抽取: announced with its draw time, not yet drawn. */
	ANNOUNCED("待抽取"),
	/** 已抽取: drawn once; no redraw. */
	DRAWN("已抽取"),
	/** 已作废: cancelled with a reason, before or after its draw; stays visible. */
	CANCELLED("已作废");

	private final String label;

	PlanStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
