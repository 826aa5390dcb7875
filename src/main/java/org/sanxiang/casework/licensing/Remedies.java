package org.sanxiang.casework.licensing;

/**
 * The remedies a refusal tells the applicant of (行政许可法 第三十八条第二款, RULES.md XK-38). Data,
 * not code: RULES.md marks the verbatim text "to verify", so an administrator may correct
 * body, periods and articles; {@link #DEFAULT} is the value until then.
 *
 * @param reconsiderationBody where to apply for 行政复议
 * @param reconsiderationDays the period for 行政复议 (60 days, 行政复议法 2023 第二十条第一款)
 * @param reconsiderationArticle the article
 * @param court where to sue
 * @param litigationMonths the period for 行政诉讼 (6 months, 行政诉讼法 第四十六条第一款)
 * @param litigationArticle the article
 */
public record Remedies(String reconsiderationBody, int reconsiderationDays, String reconsiderationArticle, String court,
		int litigationMonths, String litigationArticle) {

	/** To verify (XK-38): 行政复议法 (2023) 第二十条、第二十四条; 行政诉讼法 (2017) 第四十六条. */
	public static final Remedies DEFAULT = new Remedies("新田县人民政府", 60, "《中华人民共和国行政复议法》第二十条", "有管辖权的人民法院", 6,
			"《中华人民共和国行政诉讼法》第四十六条");

	/** The sentence printed in the 不予行政许可决定书. */
	public String notice() {
		return "如不服本决定，可以自知道该决定之日起" + this.reconsiderationDays + "日内向" + this.reconsiderationBody + "申请行政复议（"
				+ this.reconsiderationArticle + "），或者自知道该决定之日起" + this.litigationMonths + "个月内向" + this.court
				+ "提起行政诉讼（" + this.litigationArticle + "）。";
	}

}
