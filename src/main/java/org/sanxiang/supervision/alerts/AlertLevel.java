package org.sanxiang.supervision.alerts;

/** How pressing an alert is. */
enum AlertLevel {

	/** 3 working days or fewer before the due day (预警). */
	WARNING("即将到期", "warn"),
	/** The due day has passed (逾期). */
	OVERDUE("已逾期", "err");

	private final String label;

	private final String css;

	AlertLevel(String label, String css) {
		this.label = label;
		this.css = css;
	}

	public String label() {
		return this.label;
	}

	/** The badge class the pages colour it with. */
	public String css() {
		return this.css;
	}

}
