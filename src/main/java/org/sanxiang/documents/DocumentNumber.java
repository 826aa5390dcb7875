package org.sanxiang.documents;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document number (文号) as GB/T 9704-2012 7.2.5 writes it (RULES.md WS-1): the issuing
 * agency's 代字, the full year in 六角括号 〔〕, the sequence in Arabic numerals without a
 * leading zero and without 第, then 号 — e.g. {@code 新发改许〔2026〕12号}. The sequence runs per
 * agency, 代字 and year; {@link DocumentNumbering} hands them out.
 *
 * @param series the 代字, e.g. 新发改许
 * @param year the full year, e.g. 2026
 * @param sequence 1, 2, …
 */
public record DocumentNumber(String series, int year, int sequence) {

	/** The longest 代字 a series may have (the column holds 40). */
	static final int MAX_SERIES = 20;

	/** Nine digits: a county's series never comes near; longer text is not a number. */
	private static final Pattern FORM = Pattern
		.compile("([\\u4e00-\\u9fa5A-Za-z0-9]{1," + MAX_SERIES + "})〔((?:19|20)\\d{2})〕([1-9]\\d{0,8})号");

	private static final Pattern SERIES = Pattern.compile("[\\u4e00-\\u9fa5A-Za-z0-9]{1," + MAX_SERIES + "}");

	public DocumentNumber {
		if (series == null || !SERIES.matcher(series).matches()) {
			throw new IllegalArgumentException("代字只能由汉字、字母和数字组成（至多" + MAX_SERIES + "个字符）：" + series);
		}
		if (year < 1900 || year > 2099) {
			throw new IllegalArgumentException("年份应为四位全称：" + year);
		}
		if (sequence < 1) {
			throw new IllegalArgumentException("顺序号从1开始：" + sequence);
		}
	}

	/** Whether {@code series} can be the 代字 of a number. */
	public static boolean validSeries(String series) {
		return series != null && SERIES.matcher(series).matches();
	}

	/**
	 * The number written in {@code text}, or empty when it is not a well-formed number
	 * ({@code 新发改许[2026]012号}, {@code 新发改许〔26〕12号}, {@code 新发改许〔2026〕第12号} are not).
	 * Surrounding whitespace is ignored.
	 */
	public static Optional<DocumentNumber> parse(String text) {
		if (text == null || text.length() > MAX_SERIES + 20) {
			return Optional.empty();
		}
		Matcher m = FORM.matcher(text.strip());
		if (!m.matches()) {
			return Optional.empty();
		}
		return Optional.of(new DocumentNumber(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
	}

	/** The number as printed, e.g. 新发改许〔2026〕12号. */
	public String text() {
		return this.series + "〔" + this.year + "〕" + this.sequence + "号";
	}

	@Override
	public String toString() {
		return text();
	}

}
