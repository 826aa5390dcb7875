package org.sanxiang.disclosure.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.sanxiang.calendar.Day;
import org.sanxiang.calendar.WorkingDays;
import org.sanxiang.platform.InputRejected;

/**
 * A test {@link WorkingDays} on the calendar module's shipped file
 * ({@code calendar/holidays.csv}, RULES.md T-3), refusing years it does not hold as the
 * real calendar does (422). The module's own table is package-private.
 */
final class ShippedHolidays implements WorkingDays {

	static final ShippedHolidays INSTANCE = new ShippedHolidays();

	private final Map<LocalDate, Boolean> special = new HashMap<>();

	private final Set<Integer> years = new TreeSet<>();

	private ShippedHolidays() {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("calendar/holidays.csv")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String[] cells = line.strip().split(",");
				if (cells.length == 3 && !cells[0].startsWith("#")) {
					LocalDate day = LocalDate.parse(cells[0]);
					this.special.put(day, cells[1].equals("WORKDAY"));
					this.years.add(day.getYear());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private boolean working(LocalDate d) {
		if (!this.years.contains(d.getYear())) {
			throw InputRejected.unprocessable("date", d.getYear() + "年工作日历尚未载入");
		}
		return this.special.getOrDefault(d,
				d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY);
	}

	@Override
	public LocalDate addWorkingDays(LocalDate from, int days) {
		LocalDate d = from;
		for (int counted = 0; counted < days;) {
			d = d.plusDays(1);
			if (working(d)) {
				counted++;
			}
		}
		return d;
	}

	@Override
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		int n = 0;
		for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
			if (working(d)) {
				n++;
			}
		}
		return n;
	}

	@Override
	public Day day(LocalDate date) {
		return new Day(date, working(date), working(date) ? Day.WORKING : "休息日", null);
	}

	@Override
	public LocalDate addNaturalDays(LocalDate from, int days) {
		LocalDate end = from.plusDays(days);
		while (!working(end)) {
			end = end.plusDays(1);
		}
		return end;
	}

	@Override
	public boolean covers(int year) {
		return this.years.contains(year);
	}

	@Override
	public Set<Integer> loadedYears() {
		return Set.copyOf(this.years);
	}

}
