package org.sanxiang.supervision.inspection;

/**
 * The points 督查 checks on every sampled case, each with the rule it checks.
 */
enum ChecklistItem {

	/** GS-3: a licensing decision is published within 7 working days of the decision. */
	PUBLICATION("决定是否按时公示", "GS-3"),
	/** JL-3, JL-4: audio/video of the acts the law asks to record. */
	RECORDING("应当音像记录的是否有音像记录", "JL-3, JL-4"),
	/** SH-1: no major decision without a passed legal review. */
	REVIEW("重大执法决定是否经法制审核", "SH-1"),
	/** WS-1, JL-2: the case's documents are issued and numbered. */
	DOCUMENTS("执法文书是否齐全、编号", "WS-1, JL-2"),
	/** XK-42: decided within the statutory (and promised) period. */
	DEADLINE("是否按期办结", "XK-42");

	private final String label;

	private final String rule;

	ChecklistItem(String label, String rule) {
		this.label = label;
		this.rule = rule;
	}

	public String label() {
		return this.label;
	}

	public String rule() {
		return this.rule;
	}

}
