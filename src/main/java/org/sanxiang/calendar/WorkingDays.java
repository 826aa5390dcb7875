package org.sanxiang.calendar;

import java.time.LocalDate;
import java.util.Set;

import org.sanxiang.platform.InputRejected;

/**
 * The working-day calendar: which days are working days and how statutory periods end.
 * <p>
 * Every method refuses, with {@link InputRejected} of kind {@code UNPROCESSABLE} (422), a
 * date in a year whose calendar is not loaded, and a computation that would run past the
 * loaded years; the rejected field is named after the parameter ({@code from},
 * {@code to}, {@code date}, {@code days}). Negative day counts and {@code to} before
 * {@code from} are refused the same way. Answers come from memory: no call touches the
 * database.
 */
public interface WorkingDays {

	/**
	 * The calendar as shipped ({@code calendar/holidays.csv}, RULES.md T-3), without an
	 * agency's own corrections, answered from memory: for tests, benchmarks and tools
	 * that run without the platform. The running platform's bean reads the administered
	 * calendar.
	 */
	static WorkingDays shipped() {
		return ShippedCalendar.INSTANCE;
	}

	/**
	 * The day on which a period of {@code days} working days that starts with an event on
	 * {@code from} ends: the {@code days}-th working day after {@code from}. The event
	 * day itself is not counted (RULES.md T-2) and only working days count (行政许可法 第八十二条,
	 * T-1), so an event on a Saturday or a holiday starts counting with the next working
	 * day. {@code days == 0} returns {@code from}.
	 */
	LocalDate addWorkingDays(LocalDate from, int days);

	/**
	 * The number of working days after {@code from} up to and including {@code to}: the
	 * days in ({@code from}, {@code to}] that are working days. Zero when {@code to}
	 * equals {@code from}; so {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
	 */
	int workingDaysBetween(LocalDate from, LocalDate to);

	/**
	 * Whether {@code date} is a working day, and why (工作日, 周末, the holiday's name, 调休上班).
	 */
	Day day(LocalDate date);

	/**
	 * The last day of a period of {@code days} natural days starting with an event on
	 * {@code from}: {@code from + days}, moved to the next working day when that day is a
	 * weekend or holiday (民法典 第二百零三条: a period whose last day is a statutory rest day
	 * ends on the day after it). {@code days == 0} returns {@code from}.
	 */
	LocalDate addNaturalDays(LocalDate from, int days);

	/** Whether the calendar of {@code year} is loaded. */
	boolean covers(int year);

	/** The loaded years, ascending. */
	Set<Integer> loadedYears();

}
