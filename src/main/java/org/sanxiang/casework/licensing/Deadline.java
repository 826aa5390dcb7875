package org.sanxiang.casework.licensing;

import java.time.LocalDate;

import org.sanxiang.calendar.WorkingDays;

/**
 * One running clock of a case on a given day.
 *
 * @param name e.g. {@code 法定办理期限}
 * @param due the last day
 * @param workingDaysLeft working days after the given day up to {@code due}; negative
 * when overdue (the working days past {@code due})
 * @param urgency 正常 / 预警 / 超期
 * @param paused whether the clock is stopped today (XK-45); {@code due} then moves with
 * every paused day
 * @param rule the rule that sets the period
 */
public record Deadline(String name, LocalDate due, int workingDaysLeft, Urgency urgency, boolean paused, Rule rule) {

	static Deadline on(String name, LocalDate due, LocalDate asOf, boolean paused, Rule rule, WorkingDays days) {
		if (asOf.isAfter(due)) {
			return new Deadline(name, due, -days.workingDaysBetween(due, asOf), Urgency.OVERDUE, paused, rule);
		}
		int left = days.workingDaysBetween(asOf, due);
		return new Deadline(name, due, left, left <= Urgency.WARNING_DAYS ? Urgency.WARNING : Urgency.NORMAL, paused,
				rule);
	}

}
