package org.sanxiang.calendar;

import java.time.LocalDate;

/**
 * An administrator changed the calendar of {@code year} (a special day added, changed or
 * removed, or the whole year loaded). Deadlines already computed on days of that year may
 * have moved. Published inside the transaction that records the change, so the journal
 * records it with the change.
 *
 * @param year the year whose working days changed
 * @param change {@code ADD}, {@code CHANGE}, {@code REMOVE}, {@code LOAD_YEAR} or
 * {@code REPLACE_YEAR}
 * @param date the day changed, or {@code null} for a whole year
 * @param after the day or the year's days after the change, as text; {@code null} when
 * removed
 * @param actor who changed it
 */
public record CalendarChanged(int year, String change, LocalDate date, String after, String actor) {
}
