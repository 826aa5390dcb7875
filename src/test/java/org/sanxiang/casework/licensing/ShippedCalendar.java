package org.sanxiang.casework.licensing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.sanxiang.calendar.Day;
import org.sanxiang.calendar.WorkingDays;

/**
 * A test {@link WorkingDays} on the 2026 days of the calendar module's shipped file
 * ({@code calendar/holidays.csv}, RULES.md T-3). The module's own table is
 * package-private, so this plain loop stands in for it; the real one is tested in the
 * calendar module.
 */
final class ShippedCalendar implements WorkingDays {

	static final ShippedCalendar Y2026 = new ShippedCalendar(2026);

	private final int year;

	private final Map<LocalDate, Boolean> special = new HashMap<>();

	private ShippedCalendar(int year) {
		this.year = year;
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("calendar/holidays.csv")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String[] cells = line.strip().split(",");
				if (cells.length == 3 && cells[0].startsWith(year + "-")) {
					this.special.put(LocalDate.parse(cells[0]), cells[1].equals("WORKDAY"));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private boolean working(LocalDate d) {
		require(d);
		return this.special.getOrDefault(d,
				d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY);
	}

	private void require(LocalDate d) {
		if (d.getYear() != this.year) {
			throw new IllegalArgumentException("test calendar covers " + this.year + " only: " + d);
		}
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
		return year == this.year;
	}

	@Override
	public Set<Integer> loadedYears() {
		return Set.of(this.year);
	}

}
