package org.sanxiang.supervision.assessment;

/**
 * What a scoring scheme weighs: five indicators computed from the records (each part is
 * its rate × 100), the findings of 督查 (100 less the points deducted per finding) and the
 * ledger's completion (tasks due in the period completed by their deadline × 100).
 */
enum ScoreComponent {

	ON_TIME("on-time", "按期办结率"), REVIEW("review", "法制审核覆盖率"), RECORDING("recording", "音像记录覆盖率"),
	CERTIFICATE("certificate", "执法证有效率"), COMPLAINT_ON_TIME("complaint-on-time", "投诉举报按期答复率"),
	FINDINGS("findings", "督查发现问题"), LEDGER("ledger", "落实台账完成率");

	private final String code;

	private final String label;

	ScoreComponent(String code, String label) {
		this.code = code;
		this.label = label;
	}

	/**
	 * The stored code; for an indicator, the indicator's code in {@code supervision.kpi}.
	 */
	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

	boolean indicator() {
		return this != FINDINGS && this != LEDGER;
	}

	static ScoreComponent of(String code) {
		for (ScoreComponent c : values()) {
			if (c.code.equals(code)) {
				return c;
			}
		}
		throw new IllegalArgumentException("unknown component " + code);
	}

}
