package org.sanxiang.supervision.alerts;

/**
 * What an alert (提醒) is about, with the Chinese name the notification centre and the
 * digest show and the rule behind it.
 */
enum AlertKind {

	/** 法定办理期限 of an accepted case (行政许可法 第四十二条, XK-42). */
	DECISION("办理期限", "XK-42"),
	/** 许可决定公示 within 7 working days of the decision (GS-3). */
	PUBLICATION("公示期限", "GS-3"),
	/** 行政执法证 about to expire, or expired while its holder has open cases (ZJ-1, ZJ-2). */
	CERTIFICATE("执法证有效期", "ZJ-1"),
	/** 法制审核 past its due day (SH-5). */
	REVIEW("法制审核期限", "SH-5"),
	/** 督查整改 past its rectification deadline. */
	RECTIFICATION("整改期限", "督查"),
	/**
	 * 双随机抽查 not recorded by the plan's last day (行政检查 with 双随机、一公开).
	 */
	INSPECTION("抽查期限", "双随机、一公开");

	private final String label;

	private final String rule;

	AlertKind(String label, String rule) {
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
