package org.sanxiang.casework.licensing;

/**
 * What may stop the decision clock: the eight procedures of 行政许可法 第四十五条 (RULES.md XK-45).
 */
public enum PauseKind {

	HEARING("听证"), TENDER("招标"), AUCTION("拍卖"), TESTING("检验"), INSPECTION("检测"), QUARANTINE("检疫"), APPRAISAL("鉴定"),
	EXPERT_REVIEW("专家评审");

	private final String label;

	PauseKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
