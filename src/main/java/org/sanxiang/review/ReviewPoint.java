package org.sanxiang.review;

/**
 * The seven points a legal review answers (RULES.md SH-4; 国办发〔2018〕118号), in the order of
 * the 法制审核意见书.
 */
public enum ReviewPoint {

	/** 执法主体是否适格, including the officers' certificates on each act's date (ZJ-1). */
	SUBJECT("执法主体是否适格"),
	/** 事实是否清楚. */
	FACTS("事实是否清楚"),
	/** 证据是否确凿. */
	EVIDENCE("证据是否确凿"),
	/** 适用法律是否正确. */
	LAW("适用法律是否正确"),
	/** 程序是否合法: every statutory step in time, audio/video where required. */
	PROCEDURE("程序是否合法"),
	/** 行政裁量基准适用是否适当. */
	DISCRETION("行政裁量基准适用是否适当"),
	/** 法律文书是否规范. */
	DOCUMENTS("法律文书是否规范");

	private final String label;

	ReviewPoint(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
