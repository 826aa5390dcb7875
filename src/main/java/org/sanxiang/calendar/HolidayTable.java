package org.sanxiang.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.sanxiang.platform.InputRejected;

/**
 * The arithmetic of the working-day calendar, pure and immutable: no Spring, no database.
 * Built once from the loaded years and their special days, it precomputes for every day
 * from 1 January of the first loaded year to 31 December of the last the number of
 * working days so far, so that counting between two dates is one subtraction and adding
 * working days one binary search.
 * <p>
 * Rules: only working days count in a working-day period (行政许可法 第八十二条, RULES.md T-1); the
 * day of the event is not counted (T-2); holidays and 调休 working days follow the State
 * Council's notice (T-3); a natural-day period whose last day is a rest day ends on the
 * next working day (民法典 第二百零三条). Any year that is not loaded is refused, including years
 * between loaded ones.
 */
final class HolidayTable {

	private final NavigableSet<Integer> years;

	private final Map<LocalDate, SpecialDay> special;

	private final LocalDate first;

	private final LocalDate last;

	/** {@code cumulative[i]}: working days in [first, first + i]. */
	private final int[] cumulative;

	private HolidayTable(NavigableSet<Integer> years, Map<LocalDate, SpecialDay> special) {
		this.years = Collections.unmodifiableNavigableSet(years);
		this.special = Collections.unmodifiableMap(special);
		if (years.isEmpty()) {
			this.first = null;
			this.last = null;
			this.cumulative = new int[0];
			return;
		}
		this.first = LocalDate.of(years.first(), 1, 1);
		this.last = LocalDate.of(years.last(), 12, 31);
		this.cumulative = new int[(int) ChronoUnit.DAYS.between(this.first, this.last) + 1];
		int count = 0;
		LocalDate d = this.first;
		for (int i = 0; i < this.cumulative.length; i++, d = d.plusDays(1)) {
			if (working(d)) {
				count++;
			}
			this.cumulative[i] = count;
		}
	}

	/** A table of {@code loadedYears}; special days outside them are ignored. */
	static HolidayTable of(Collection<Integer> loadedYears, Collection<SpecialDay> specialDays) {
		NavigableSet<Integer> years = new TreeSet<>(loadedYears);
		Map<LocalDate, SpecialDay> special = new TreeMap<>();
		specialDays.stream().filter(d -> years.contains(d.year())).forEach(d -> special.put(d.date(), d));
		return new HolidayTable(years, special);
	}

	boolean covers(int year) {
		return this.years.contains(year);
	}

	NavigableSet<Integer> years() {
		return this.years;
	}

	/** The special days of {@code year}, by date. */
	List<SpecialDay> specialDays(int year) {
		return this.special.values().stream().filter(d -> d.year() == year).toList();
	}

	Day day(LocalDate date) {
		requireLoaded("date", date);
		SpecialDay s = this.special.get(date);
		if (s != null) {
			return new Day(date, s.kind() == SpecialDayKind.WORKDAY, s.reason(), s.name());
		}
		boolean weekend = SpecialDay.isWeekend(date);
		return new Day(date, !weekend, weekend ? Day.WEEKEND : Day.WORKING, null);
	}

	LocalDate addWorkingDays(LocalDate from, int days) {
		requireLoaded("from", from);
		requireNotNegative(days);
		if (days == 0) {
			return from;
		}
		// The event day is not counted (T-2): look for the first index after `from` whose
		// running
		// count reaches count(from) + days; that day is itself a working day.
		long target = (long) this.cumulative[index(from)] + days;
		if (target > this.cumulative[this.cumulative.length - 1]) {
			throw pastLastLoadedYear();
		}
		int lo = index(from) + 1;
		int hi = this.cumulative.length - 1;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (this.cumulative[mid] >= target) {
				hi = mid;
			}
			else {
				lo = mid + 1;
			}
		}
		LocalDate due = this.first.plusDays(lo);
		requireLoadedBetween("days", from, due);
		return due;
	}

	int workingDaysBetween(LocalDate from, LocalDate to) {
		requireLoaded("from", from);
		requireLoaded("to", to);
		if (to.isBefore(from)) {
			throw InputRejected.unprocessable("to", "结束日期 " + to + " 不能早于开始日期 " + from);
		}
		requireLoadedBetween("to", from, to);
		return this.cumulative[index(to)] - this.cumulative[index(from)];
	}

	LocalDate addNaturalDays(LocalDate from, int days) {
		requireLoaded("from", from);
		requireNotNegative(days);
		if (days == 0) {
			return from;
		}
		if (days > ChronoUnit.DAYS.between(from, this.last)) {
			throw pastLastLoadedYear();
		}
		LocalDate end = from.plusDays(days);
		// 民法典 第二百零三条: a last day that is a weekend or holiday moves to the next working
		// day.
		while (!working(end)) {
			if (!end.isBefore(this.last)) {
				throw pastLastLoadedYear();
			}
			end = end.plusDays(1);
		}
		requireLoadedBetween("days", from, end);
		return end;
	}

	private boolean working(LocalDate date) {
		SpecialDay s = this.special.get(date);
		return s != null ? s.kind() == SpecialDayKind.WORKDAY : !SpecialDay.isWeekend(date);
	}

	private int index(LocalDate date) {
		return (int) (date.toEpochDay() - this.first.toEpochDay());
	}

	private void requireLoaded(String field, LocalDate date) {
		if (date == null) {
			throw InputRejected.invalid(field, "请提供日期（格式 YYYY-MM-DD）");
		}
		if (!covers(date.getYear())) {
			throw notLoaded(field, date.getYear());
		}
	}

	/**
	 * Every year from {@code from} to {@code to} must be loaded: a gap year is never
	 * guessed.
	 */
	private void requireLoadedBetween(String field, LocalDate from, LocalDate to) {
		for (int y = from.getYear(); y <= to.getYear(); y++) {
			if (!covers(y)) {
				throw notLoaded(field, y);
			}
		}
	}

	private static void requireNotNegative(int days) {
		if (days < 0) {
			throw InputRejected.unprocessable("days", "天数不能为负数：" + days);
		}
	}

	private static InputRejected notLoaded(String field, int year) {
		return InputRejected.unprocessable(field, year + "年的工作日历尚未载入，无法计算期限：请管理员载入国务院办公厅公布的" + year + "年节假日安排");
	}

	private InputRejected pastLastLoadedYear() {
		String loaded = this.years.isEmpty() ? "尚未载入任何年份" : "已载入至" + this.years.last() + "年";
		int next = this.years.isEmpty() ? 0 : this.years.last() + 1;
		return InputRejected.unprocessable("days",
				"计算结果超出已载入的工作日历（" + loaded + "）：" + (next > 0 ? next + "年的工作日历尚未载入，" : "") + "请管理员载入国务院办公厅公布的节假日安排");
	}

}
