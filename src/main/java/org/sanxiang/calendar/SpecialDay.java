package org.sanxiang.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.sanxiang.platform.InputRejected;

/**
 * A day the State Council's notice names: a holiday or a 调休 working day, with the
 * festival it belongs to. Any day not named is an ordinary weekday (works) or weekend day
 * (rests).
 */
record SpecialDay(LocalDate date, SpecialDayKind kind, String name) {

	static final int MAX_NAME_LENGTH = 20;

	SpecialDay {
		if (date == null || kind == null || name == null || name.isBlank()) {
			throw new IllegalArgumentException("date, kind and name are required");
		}
	}

	int year() {
		return this.date.getYear();
	}

	/** The reason a console or API shows for this day. */
	String reason() {
		return this.kind == SpecialDayKind.WORKDAY ? Day.SWAPPED_WORKING : this.name;
	}

	@Override
	public String toString() {
		return this.date + " " + this.kind.label() + "（" + this.name + "）";
	}

	/**
	 * Checks what a person typed and builds the day, or names every bad field with a
	 * Chinese message (fields {@code date}, {@code kind}, {@code name}).
	 */
	static SpecialDay of(String dateText, String kindText, String nameText) {
		List<InputRejected.FieldError> errors = new ArrayList<>();
		LocalDate date = null;
		if (dateText == null || dateText.isBlank()) {
			errors.add(new InputRejected.FieldError("date", "请填写日期"));
		}
		else {
			try {
				date = LocalDate.parse(dateText.strip());
			}
			catch (DateTimeParseException ex) {
				errors.add(new InputRejected.FieldError("date", "日期格式不正确，应为 YYYY-MM-DD"));
			}
		}
		SpecialDayKind kind = SpecialDayKind.parse(kindText);
		if (kind == null) {
			errors.add(new InputRejected.FieldError("kind", "类型应为 HOLIDAY（放假）或 WORKDAY（调休上班）"));
		}
		String name = nameText == null ? "" : nameText.strip();
		if (name.isEmpty()) {
			errors.add(new InputRejected.FieldError("name", "请填写节日名称，如“春节”"));
		}
		else if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
			errors.add(new InputRejected.FieldError("name", "节日名称不能超过" + MAX_NAME_LENGTH + "个字"));
		}
		else if (name.contains(",") || name.contains("\n") || name.contains("\r")) {
			errors.add(new InputRejected.FieldError("name", "节日名称不能包含英文逗号或换行"));
		}
		// A 调休 working day replaces a rest day; on a weekday it would change nothing
		// (T-3).
		if (date != null && kind == SpecialDayKind.WORKDAY && !isWeekend(date)) {
			errors.add(new InputRejected.FieldError("kind", "调休上班日只能是周六或周日：" + date + " 本来就是工作日"));
		}
		if (!errors.isEmpty()) {
			throw new InputRejected(InputRejected.Kind.INVALID, errors);
		}
		return new SpecialDay(date, kind, name);
	}

	static boolean isWeekend(LocalDate date) {
		DayOfWeek dow = date.getDayOfWeek();
		return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
	}

}
