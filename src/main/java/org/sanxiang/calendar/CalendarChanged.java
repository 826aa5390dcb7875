package org.sanxiang.calendar;

/**
 * An administrator changed the calendar of {@code year} (a special day added, changed or
 * removed, or the whole year loaded). Deadlines already computed on days of that year may
 * have moved.
 *
 * @param year the year whose working days changed
 */
public record CalendarChanged(int year) {
}
