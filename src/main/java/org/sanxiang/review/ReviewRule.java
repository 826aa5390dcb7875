package org.sanxiang.review;

/**
 * The rules the legal review enforces, by their RULES.md id and source. A refusal names
 * one of them.
 */
public enum ReviewRule {

	/** No major decision without a legal review, or when it did not pass. */
	SH_1("SH-1", "《行政处罚法》第五十八条；国办发〔2018〕118号（重大执法决定法制审核）"),
	/**
	 * Which licensing decisions are major: major public interest or major interests of
	 * others, granted after a hearing, withdrawal or revocation.
	 */
	SH_2("SH-2", "重大执法决定法制审核目录（益阳市示例）"),
	/**
	 * The package: proposal, facts, evidence, hearing record, opinions, application form.
	 */
	SH_3("SH-3", "重大执法决定法制审核目录（益阳市示例）：送审材料"),
	/** The seven points and whether a suspected crime is to be transferred. */
	SH_4("SH-4", "国办发〔2018〕118号；各地重大执法决定法制审核目录（审核内容）"),
	/**
	 * Review within 7 working days of a complete package, +3 with approval; inside the
	 * decision period; resubmission after correction; disagreement to collective
	 * discussion.
	 */
	SH_5("SH-5", "辽宁省、宁夏回族自治区重大行政执法决定法制审核办法（示例）"),
	/**
	 * The reviewer is not someone who handled the case or will approve its decision: a
	 * review by someone involved is no review (SH-1). RULES.md has no id of its own for
	 * this; it is the platform's reading of SH-1.
	 */
	SEPARATION("SH-1", "国办发〔2018〕118号（重大执法决定法制审核）；审核人员与承办人员、批准人员相分离（本平台规则）"),
	/**
	 * The 法制审核意见书 is one of the standard documents: numbered in its series (WS-1),
	 * printed from its template, verifiable like every other document.
	 */
	WS_2("WS-2", "重大行政许可法制审核意见书（省级行政许可文书格式范本）；GB/T 9704-2012 第7.2.5条（发文字号）"),
	/** Reviewers about 5% of enforcement staff (to verify). */
	SH_7("SH-7", "国办发〔2018〕118号（法制审核人员原则上不少于本单位执法人员总数的5%，待核实）");

	private final String id;

	private final String article;

	ReviewRule(String id, String article) {
		this.id = id;
		this.article = article;
	}

	/** The RULES.md id, e.g. {@code SH-4}. */
	public String id() {
		return this.id;
	}

	/** The source, e.g. 《行政处罚法》第五十八条. */
	public String article() {
		return this.article;
	}

}
