package org.sanxiang.catalog;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * 公民身份号码 (GB 11643-1999, RULES ID-2): 6-digit area code, 8-digit birth date (a real date,
 * not in the future), 3-digit sequence (odd male, even female) and an ISO 7064 MOD 11-2
 * check character. GS-5/GS-7: collected, never displayed — show {@link #masked()} at
 * most.
 *
 * Instances exist only through {@link #parse(String, Clock)}, so each one is valid.
 */
public final class IdNumber {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK = "10X98765432";

	private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

	private final String value;

	private IdNumber(String value) {
		this.value = value;
	}

	/**
	 * Parses a number, ignoring surrounding blanks; the birth date is checked against
	 * today's date on the clock.
	 * @throws IllegalArgumentException with a Chinese reason when the number is not valid
	 */
	public static IdNumber parse(String text, Clock clock) {
		String value = text == null ? null : text.strip();
		problem(value, clock).ifPresent(reason -> {
			throw new IllegalArgumentException(reason);
		});
		return new IdNumber(value);
	}

	public static boolean isValid(String text, Clock clock) {
		return problem(text, clock).isEmpty();
	}

	/** Why the number is not valid, in Chinese; empty when it is. */
	public static Optional<String> problem(String text, Clock clock) {
		if (text == null || text.isBlank()) {
			return Optional.of("请填写公民身份号码");
		}
		if (text.length() != 18) {
			return Optional.of("公民身份号码应为18位，实为" + text.codePointCount(0, text.length()) + "位");
		}
		for (int i = 0; i < 17; i++) {
			if (!isAsciiDigit(text.charAt(i))) {
				return Optional.of("公民身份号码前17位应为数字，第" + (i + 1) + "位不是");
			}
		}
		char last = text.charAt(17);
		if (!isAsciiDigit(last) && last != 'X') {
			return Optional.of("公民身份号码第18位应为数字或大写字母 X");
		}
		if (text.charAt(0) == '0') {
			return Optional.of("公民身份号码前6位地址码不正确");
		}
		LocalDate birth;
		try {
			birth = LocalDate.parse(text.substring(6, 14), BIRTH);
		}
		catch (DateTimeException ex) {
			return Optional.of("公民身份号码第7–14位出生日期 " + text.substring(6, 14) + " 不是真实的日期");
		}
		if (birth.isAfter(LocalDate.now(clock))) {
			return Optional.of("公民身份号码中的出生日期 " + birth + " 晚于今天");
		}
		if (birth.isBefore(EARLIEST_BIRTH)) {
			return Optional.of("公民身份号码中的出生日期 " + birth + " 早于1900年，不可能有效");
		}
		char expected = checkCharacter(text.substring(0, 17));
		if (last != expected) {
			return Optional.of("公民身份号码校验位不正确：第18位应为 " + expected + "，实为 " + last + "（GB 11643-1999）");
		}
		return Optional.empty();
	}

	/** The check character for the first 17 digits (ISO 7064 MOD 11-2). */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11);
	}

	/** The full 18-character number, for storage only. */
	public String value() {
		return this.value;
	}

	public LocalDate birthDate() {
		return LocalDate.parse(this.value.substring(6, 14), BIRTH);
	}

	/** Sequence digit 17: odd for men, even for women. */
	public boolean male() {
		return (this.value.charAt(16) - '0') % 2 == 1;
	}

	/**
	 * For display where a number must appear at all: area code and the last four only.
	 */
	public String masked() {
		return this.value.substring(0, 6) + "********" + this.value.substring(14);
	}

	/**
	 * Masked, so that a log line or a template never shows the full number by accident.
	 */
	@Override
	public String toString() {
		return masked();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof IdNumber id && id.value.equals(this.value);
	}

	@Override
	public int hashCode() {
		return this.value.hashCode();
	}

	private static boolean isAsciiDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
