package org.sanxiang.platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A day typed into a form or a query parameter ({@code 2026-06-01}, as an HTML date input
 * sends it), read the same way everywhere so every page and API answers a mistyped date
 * with the same Chinese message naming the field.
 */
public final class DateInput {

	private DateInput() {
	}

	/**
	 * The day in {@code text}, or {@code null} when nothing was typed.
	 * @throws InputRejected (400) naming {@code field} when the text is not a valid day
	 */
	public static LocalDate optional(String field, String label, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw InputRejected.invalid(field, malformed(label));
		}
	}

	/**
	 * As {@link #optional(String, String, String)}, but a mistyped day is added to
	 * {@code errors} (and {@code null} returned) so a form can report all its fields at
	 * once.
	 */
	public static LocalDate optional(String field, String label, String text, List<InputRejected.FieldError> errors) {
		try {
			return optional(field, label, text);
		}
		catch (InputRejected ex) {
			errors.addAll(ex.errors());
			return null;
		}
	}

	/**
	 * The day in {@code text}.
	 * @throws InputRejected (400) naming {@code field} when it is missing or not a valid
	 * day
	 */
	public static LocalDate required(String field, String label, String text) {
		if (text == null || text.isBlank()) {
			throw InputRejected.invalid(field, "请填写" + label + "（年-月-日，例如 2026-06-01）");
		}
		return optional(field, label, text);
	}

	/** What to tell someone whose {@code label} is not a valid day. */
	public static String malformed(String label) {
		return label + "格式不正确，应为 年-月-日（YYYY-MM-DD），例如 2026-06-01";
	}

}
