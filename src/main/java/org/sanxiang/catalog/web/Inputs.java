package org.sanxiang.catalog.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.springframework.validation.Errors;

/**
 * Turns what a person typed into typed values, recording a Chinese field error instead of
 * failing: a bad date, a non-numeric amount or an unknown choice is the person's mistake,
 * never a server error.
 */
final class Inputs {

	private Inputs() {
	}

	/**
	 * Trimmed text, or null when blank. HTML stays as typed: it is stored as text and
	 * rendered escaped.
	 */
	static String text(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** Non-blank lines, trimmed, in order: one list entry per line of a textarea. */
	static List<String> lines(String value) {
		if (value == null) {
			return List.of();
		}
		return Arrays.stream(value.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	static String joinLines(List<String> lines) {
		return lines == null ? "" : String.join("\n", lines);
	}

	static LocalDate date(String value, String field, String label, boolean required, Errors errors) {
		if (blank(value)) {
			if (required) {
				errors.rejectValue(field, "required", "请填写" + label);
			}
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "date", label + "不是有效日期，请按“年-月-日”填写，例如 2026-03-01");
			return null;
		}
	}

	static Integer wholeNumber(String value, String field, String label, boolean required, int min, Errors errors) {
		if (blank(value)) {
			if (required) {
				errors.rejectValue(field, "required", "请填写" + label);
			}
			return null;
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number < min) {
				errors.rejectValue(field, "range", label + "不能小于 " + min);
				return null;
			}
			return number;
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "number", label + "须为整数");
			return null;
		}
	}

	static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String label, boolean required,
			Errors errors) {
		if (blank(value)) {
			if (required) {
				errors.rejectValue(field, "required", "请选择" + label);
			}
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue(field, "choice", label + "的取值无效，请从列表中选择");
			return null;
		}
	}

}
