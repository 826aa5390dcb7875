package org.sanxiang.casework.licensing;

/**
 * The statutory rules a licensing case enforces, by their RULES.md id and the article
 * they come from. Periods the agency keeps are working days (行政许可法 第八十二条, T-1), so the
 * articles that set a period are cited with 第八十二条.
 */
public enum Rule {

	/**
	 * Not a licensing matter / not this agency's power: not accepted, naming the
	 * competent body.
	 */
	XK_32A("XK-32a", "《行政许可法》第三十二条第一款第（一）（二）项"),
	/** Complete materials in legal form, or all corrections submitted: accepted. */
	XK_32("XK-32", "《行政许可法》第三十二条第一款第（五）项"),
	/**
	 * Correction notice on the spot or within 5 days, once and complete; else accepted on
	 * receipt.
	 */
	XK_32B("XK-32b", "《行政许可法》第三十二条第一款第（四）项、第八十二条"),
	/**
	 * A matter directly affecting a third party's major interests: tell the interested
	 * party; applicant and interested party may state their case (陈述、申辩).
	 */
	XK_36("XK-36", "《行政许可法》第三十六条"),
	/** Substantive verification by two or more staff, each a certified officer. */
	XK_34("XK-34", "《行政许可法》第三十四条第三款；《行政处罚法》第四十二条（JL-7 两名以上持证人员）"),
	/**
	 * Decide by the prescribed procedure: the decision is approved by the agency's 负责人.
	 * Not a RULES.md id yet; practice of the provincial model forms (WS-2 审批表).
	 */
	XK_37("XK-37", "《行政许可法》第三十七条（按规定程序由负责人审批）"),
	/** A grant that issues a licence issues it as a sealed document (许可证件). */
	XK_39("XK-39", "《行政许可法》第三十九条"),
	/**
	 * A refusal states its reasons and the applicant's remedies (to verify, RULES.md).
	 */
	XK_38("XK-38", "《行政许可法》第三十八条第二款"),
	/**
	 * Decide within 20 days of acceptance; extend once by 10 days with the head's
	 * approval and a reason.
	 */
	XK_42("XK-42", "《行政许可法》第四十二条第一款、第八十二条"),
	/**
	 * Unified, joint or concentrated handling: 45 days, extendable once by 15 with the
	 * approval of the people's government head.
	 */
	XK_42B("XK-42b", "《行政许可法》第四十二条第二款、第八十二条"),
	/** Lower-level preliminary review before the upper level decides: within 20 days. */
	XK_43("XK-43", "《行政许可法》第四十三条、第八十二条"),
	/** Deliver the licence within 10 days of the grant. */
	XK_44("XK-44", "《行政许可法》第四十四条、第八十二条"),
	/**
	 * Hearing, tender, auction, testing, inspection, quarantine, appraisal, expert review
	 * not counted.
	 */
	XK_45("XK-45", "《行政许可法》第四十五条"),
	/** Hearings the law requires or for major public interest. */
	XK_46("XK-46", "《行政许可法》第四十六条"),
	/**
	 * Request within 5 days of the hearing notice; hold within 20 days of the request.
	 */
	XK_47("XK-47", "《行政许可法》第四十七条、第八十二条"),
	/** Notice 7 days before; host not the reviewer; decide on the record. */
	XK_48("XK-48", "《行政许可法》第四十八条、第八十二条"),
	/** Change of a licence on the holder's application (not a RULES.md id yet). */
	XK_49("XK-49", "《行政许可法》第四十九条"),
	/**
	 * Renewal applied for 30 days before expiry; decided before expiry, else deemed
	 * granted.
	 */
	XK_50("XK-50", "《行政许可法》第五十条"),
	/** Withdrawal (撤回) for changed law or circumstances, for the public interest. */
	XK_8("XK-8", "《行政许可法》第八条第二款"),
	/** Revocation (撤销). */
	XK_69("XK-69", "《行政许可法》第六十九条"),
	/** Cancellation (注销). */
	XK_70("XK-70", "《行政许可法》第七十条"),
	/** No major decision without a passed legal review. */
	SH_1("SH-1", "《行政处罚法》第五十八条；国办发〔2018〕118号（重大执法决定法制审核）"),
	/**
	 * Which licensing decisions are major: the agency's legal-review catalogue, at least
	 * public interest, major interests, after a hearing, withdrawal or revocation.
	 */
	SH_2("SH-2", "国办发〔2018〕118号；重大执法决定法制审核目录（益阳市目录为例）"),
	/** The record is true: an act cannot be recorded as done on a day still to come. */
	JL_1("JL-1", "国办发〔2018〕118号（执法全过程记录）"),
	/**
	 * Audio/video recording of 现场检查, 调查取证, 听证, 送达 … (JL-3; for licensing JL-3b: on-site
	 * verification, hearing, delivery by 留置 or 公告); none only with an approved reason
	 * (JL-5).
	 */
	JL_3("JL-3", "国办发〔2018〕118号（音像记录）"),
	/**
	 * On-site acts that directly affect personal liberty, life and health, or major
	 * property are recorded on audio/video without a gap from arrival to the end; an
	 * interruption or omission only with a reason approved by a 负责人 (JL-5).
	 */
	JL_4("JL-4", "国办发〔2018〕118号（直接涉及人身自由、生命健康、重大财产权益的现场执法活动全程音像记录）"),
	/**
	 * Delivery by a lawful method with its proof (民事诉讼法 provisions applied by reference).
	 */
	DELIVERY("XK-44", "《行政许可法》第四十四条；《民事诉讼法》第八十七条至第九十五条（参照适用）");

	private final String id;

	private final String article;

	Rule(String id, String article) {
		this.id = id;
		this.article = article;
	}

	/** The RULES.md id, e.g. {@code XK-32b}. */
	public String id() {
		return this.id;
	}

	/** The article(s), e.g. {@code 《行政许可法》第三十二条第一款第（四）项、第八十二条}. */
	public String article() {
		return this.article;
	}

}
