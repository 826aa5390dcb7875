package org.sanxiang.supervision.ledger;

/**
 * What a ledger task implements, after the work plan of the three systems (国办发〔2018〕118号;
 * 湘政办发〔2019〕53号): the systems themselves, the disclosure before and after enforcement,
 * the full-process record and the legal review's catalogue.
 */
enum LedgerCategory {

	RULES("制度建设"), PRIOR_DISCLOSURE("事前公开"), SHOWING_CERTIFICATES("亮证执法"), NOTIFICATION("执法告知"),
	LATER_DISCLOSURE("事后公开"), WRITTEN_RECORD("文字记录"), AUDIO_VIDEO("音像记录"), REVIEW_CATALOGUE("法制审核目录"), TRAINING("培训"),
	OTHER("其他"),
	/** 督查整改: the rectification of a finding of 督查, closed only with evidence. */
	RECTIFICATION("督查整改");

	private final String label;

	LedgerCategory(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Parses an enum name or a Chinese label; null when neither matches. */
	static LedgerCategory parse(String value) {
		if (value == null) {
			return null;
		}
		String v = value.strip();
		for (LedgerCategory c : values()) {
			if (c.name().equalsIgnoreCase(v) || c.label.equals(v)) {
				return c;
			}
		}
		return null;
	}

}
