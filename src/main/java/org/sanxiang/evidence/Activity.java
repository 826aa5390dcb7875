package org.sanxiang.evidence;

import java.util.Arrays;
import java.util.Optional;

/**
 * The enforcement activity a recording documents. The first six are the dispute-prone
 * acts for which audio/video recording is required (RULES.md JL-3, 国办发〔2018〕118号);
 * {@link #OTHER} is anything else (window intake photos, expert meetings, JL-3b).
 */
public enum Activity {

	/** 现场检查 (incl. 现场核查, 勘验). */
	SITE_INSPECTION("现场检查"),
	/** 随机抽查 (双随机、一公开). */
	RANDOM_INSPECTION("随机抽查"),
	/** 调查取证 (询问, 抽样取证). */
	INVESTIGATION("调查取证"),
	/** 证据保全 (先行登记保存). */
	PRESERVATION("证据保全"),
	/** 听证. */
	HEARING("听证"),
	/** 送达 (留置送达, 公告送达). */
	SERVICE("送达"),
	/** 其他. */
	OTHER("其他");

	private final String label;

	Activity(String label) {
		this.label = label;
	}

	/** The Chinese name shown to staff and accepted in upload metadata. */
	public String label() {
		return this.label;
	}

	/** By constant name or Chinese label. */
	public static Optional<Activity> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String t = text.strip();
		return Arrays.stream(values()).filter(a -> a.name().equalsIgnoreCase(t) || a.label.equals(t)).findFirst();
	}

}
