package org.sanxiang.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** {@link WorkingDays} answered by a {@link HolidayTable}, whichever table is current. */
interface TableWorkingDays extends WorkingDays {

	HolidayTable table();

	@Override
	default LocalDate addWorkingDays(LocalDate from, int days) {
		return table().addWorkingDays(from, days);
	}

	@Override
	default int workingDaysBetween(LocalDate from, LocalDate to) {
		return table().workingDaysBetween(from, to);
	}

	@Override
	default Day day(LocalDate date) {
		return table().day(date);
	}

	@Override
	default LocalDate addNaturalDays(LocalDate from, int days) {
		return table().addNaturalDays(from, days);
	}

	@Override
	default boolean covers(int year) {
		return table().covers(year);
	}

	@Override
	default Set<Integer> loadedYears() {
		return Collections.unmodifiableSet(new LinkedHashSet<>(table().years()));
	}

}
