package org.sanxiang.calendar;

import java.time.LocalDate;

/**
 * One calendar day.
 *
 * @param date the day
 * @param workingDay whether the agency works that day
 * @param reason why: {@code 工作日}, {@code 周末}, the holiday's name (e.g. {@code 春节}) or
 * {@code 调休上班}
 * @param holiday for a holiday or a 调休 working day, the festival it belongs to (e.g.
 * {@code 春节}); otherwise {@code null}
 */
public record Day(LocalDate date, boolean workingDay, String reason, String holiday) {

	public static final String WORKING = "工作日";

	public static final String WEEKEND = "周末";

	public static final String SWAPPED_WORKING = "调休上班";

}
