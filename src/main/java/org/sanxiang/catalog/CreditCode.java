package org.sanxiang.catalog;

import java.util.Optional;

/**
 * 统一社会信用代码 (GB 32100-2015, RULES ID-1): 18 characters over
 * {@code 0123456789ABCDEFGHJKLMNPQRTUWXY}; positions 3–8 are the 行政区划码; the last
 * character is a mod-31 check over the first 17 with weights 3^i mod 31.
 * <p>
 * Some early pilot codes (e.g. 厦门/福州 2015 “M000…” codes) fail the checksum yet are legal.
 * Such a code is never accepted silently: {@link #checksumMismatch(String)} tells the
 * caller that only the check character is wrong, so the form can ask for an explicit
 * override with a reason.
 *
 * @param value the code, 18 characters, upper case
 */
public record CreditCode(String value) {

	static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	public CreditCode {
		problem(value).ifPresent(reason -> {
			throw new IllegalArgumentException(reason);
		});
	}

	/**
	 * Parses a code, ignoring surrounding blanks.
	 * @throws IllegalArgumentException with a Chinese reason when the code is not valid
	 */
	public static CreditCode parse(String text) {
		return new CreditCode(text == null ? null : text.strip());
	}

	public static boolean isValid(String text) {
		return problem(text).isEmpty();
	}

	/** Why the code is not valid, in Chinese; empty when it is. */
	public static Optional<String> problem(String text) {
		Optional<String> format = formatProblem(text);
		if (format.isPresent()) {
			return format;
		}
		char expected = checkCharacter(text.substring(0, 17));
		if (text.charAt(17) != expected) {
			return Optional.of("统一社会信用代码校验位不正确：第18位应为 " + expected + "，实为 " + text.charAt(17) + "（GB 32100-2015）");
		}
		return Optional.empty();
	}

	/**
	 * Whether the code is well formed and only its check character is wrong — the case
	 * ID-1 allows with an explicit, recorded override.
	 */
	public static boolean checksumMismatch(String text) {
		return formatProblem(text).isEmpty() && text.charAt(17) != checkCharacter(text.substring(0, 17));
	}

	/** The check character (position 18) for the first 17 characters. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		return CHARSET.charAt((31 - sum % 31) % 31);
	}

	private static Optional<String> formatProblem(String text) {
		if (text == null || text.isBlank()) {
			return Optional.of("请填写统一社会信用代码");
		}
		if (text.length() != 18) {
			return Optional.of("统一社会信用代码应为18位，实为" + text.codePointCount(0, text.length()) + "位");
		}
		for (int i = 0; i < 18; i++) {
			char c = text.charAt(i);
			if (CHARSET.indexOf(c) < 0) {
				return Optional.of("统一社会信用代码第" + (i + 1) + "位“" + c + "”不允许：只能是数字或除 I、O、S、V、Z 以外的大写字母");
			}
		}
		for (int i = 2; i < 8; i++) {
			if (!Character.isDigit(text.charAt(i))) {
				return Optional.of("统一社会信用代码第3–8位应为行政区划码（6位数字）");
			}
		}
		return Optional.empty();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
