package org.sanxiang.calendar;

import java.util.List;

/** The shipped holiday file as a calendar ({@link WorkingDays#shipped()}). */
final class ShippedCalendar implements TableWorkingDays {

	static final ShippedCalendar INSTANCE = new ShippedCalendar();

	private final HolidayTable table;

	private ShippedCalendar() {
		List<SpecialDay> days = HolidayFile.shipped();
		this.table = HolidayTable.of(days.stream().map(SpecialDay::year).distinct().toList(), days);
	}

	@Override
	public HolidayTable table() {
		return this.table;
	}

}
