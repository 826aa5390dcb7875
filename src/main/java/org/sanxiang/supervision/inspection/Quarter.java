package org.sanxiang.supervision.inspection;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, written {@code 2026-Q4}. */
record Quarter(int year, int number) {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})-?[Qq]([1-4])");

	private static final String[] NAMES = { "一", "二", "三", "四" };

	static Quarter of(LocalDate day) {
		return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
	}

	/** The quarter written as {@code 2026-Q4}, or {@code null} when it is not one. */
	static Quarter parse(String text) {
		if (text == null) {
			return null;
		}
		Matcher m = FORMAT.matcher(text.strip());
		if (!m.matches()) {
			return null;
		}
		int year = Integer.parseInt(m.group(1));
		return (year < 2000 || year > 2100) ? null : new Quarter(year, Integer.parseInt(m.group(2)));
	}

	LocalDate first() {
		return LocalDate.of(this.year, (this.number - 1) * 3 + 1, 1);
	}

	LocalDate last() {
		return first().plusMonths(3).minusDays(1);
	}

	Quarter previous() {
		return this.number == 1 ? new Quarter(this.year - 1, 4) : new Quarter(this.year, this.number - 1);
	}

	/** 2026年第四季度. */
	String label() {
		return this.year + "年第" + NAMES[this.number - 1] + "季度";
	}

	@Override
	public String toString() {
		return this.year + "-Q" + this.number;
	}

}
