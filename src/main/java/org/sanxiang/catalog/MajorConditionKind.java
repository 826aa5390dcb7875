package org.sanxiang.catalog;

/**
 * The kinds of condition in a 重大执法决定法制审核目录: which licensing decisions need a legal review
 * before they are made (RULES SH-2, after the 益阳市 catalogue; 国办发〔2018〕118号). The first
 * four are read from a case's facts; the last two are a case officer's finding.
 */
public enum MajorConditionKind {

	/** 涉及重大公共利益 (行政许可法 第四十六条, XK-46). */
	PUBLIC_INTEREST("涉及重大公共利益", true),
	/** 直接关系行政相对人或者第三人重大权益 (行政许可法 第三十六条、第四十七条, XK-36, XK-47). */
	MAJOR_INTERESTS("直接关系行政相对人或者第三人重大权益", true),
	/** 经过听证程序作出 (行政许可法 第四十八条, XK-48). */
	AFTER_HEARING("经过听证程序作出", true),
	/** 撤回、撤销行政许可 (行政许可法 第八条、第六十九条, XK-8, XK-69). */
	WITHDRAWAL_REVOCATION("撤回、撤销行政许可", true),
	/** 案件情况疑难复杂、涉及多个法律关系. */
	COMPLEX_NOVEL("案件情况疑难复杂、涉及多个法律关系", false),
	/** 其他: a condition the agency adds under its own name. */
	OTHER("其他", false);

	private final String label;

	private final boolean byFacts;

	MajorConditionKind(String label, boolean byFacts) {
		this.label = label;
		this.byFacts = byFacts;
	}

	/** Chinese name, e.g. {@code 经过听证程序作出}. */
	public String label() {
		return this.label;
	}

	/**
	 * Whether the platform reads this condition from the case's facts (and only a 负责人 may
	 * set it aside), rather than a case officer flagging it.
	 */
	public boolean byFacts() {
		return this.byFacts;
	}

}
