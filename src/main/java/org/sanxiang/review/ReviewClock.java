package org.sanxiang.review;

import java.time.LocalDate;

import org.sanxiang.calendar.WorkingDays;
import org.sanxiang.platform.InputRejected;

/**
 * The review clock of a round on one day (SH-5): 7 working days (a setting) from the day
 * the package was complete, +3 once a 负责人 extends it, and never later than the case's
 * statutory decision due date, which keeps running (the review does not pause it).
 *
 * @param completeOn the day the package was complete
 * @param reviewDue the last day of the review period
 * @param caseDecisionDue the case's statutory decision due date today, if its clock runs
 * @param due the earlier of the two: the day the review must be done by
 * @param workingDaysLeft working days after today up to {@code due}; negative when
 * overdue
 * @param urgency 正常 / 预警 / 超期
 * @param overdue whether {@code due} has passed
 * @param extended whether the period was extended
 */
public record ReviewClock(LocalDate completeOn, LocalDate reviewDue, LocalDate caseDecisionDue, LocalDate due,
		Integer workingDaysLeft, String urgency, boolean overdue, boolean extended) {

	static final String NORMAL = "正常";

	static final String WARNING = "预警";

	static final String OVERDUE = "超期";

	static final String UNKNOWN = "日历未载入";

	/**
	 * The last day of a review period of {@code workingDays} from {@code completeOn} (the
	 * day itself not counted, T-2); {@code null} when it runs past the loaded calendar.
	 */
	static LocalDate dueOn(LocalDate completeOn, int workingDays, WorkingDays days) {
		try {
			return days.addWorkingDays(completeOn, workingDays);
		}
		catch (InputRejected ex) {
			return null;
		}
	}

	/** The clock of {@code round} on {@code today}. */
	static ReviewClock of(ReviewRound round, LocalDate caseDecisionDue, LocalDate today, int warningDays,
			WorkingDays days) {
		LocalDate reviewDue = round.dueOn();
		LocalDate due = reviewDue == null ? caseDecisionDue
				: caseDecisionDue == null || reviewDue.isBefore(caseDecisionDue) ? reviewDue : caseDecisionDue;
		boolean extended = round.extension() != null;
		if (due == null) {
			return new ReviewClock(round.completeOn(), reviewDue, caseDecisionDue, null, null, UNKNOWN, false,
					extended);
		}
		try {
			if (today.isAfter(due)) {
				return new ReviewClock(round.completeOn(), reviewDue, caseDecisionDue, due,
						-days.workingDaysBetween(due, today), OVERDUE, true, extended);
			}
			int left = days.workingDaysBetween(today, due);
			return new ReviewClock(round.completeOn(), reviewDue, caseDecisionDue, due, left,
					left <= warningDays ? WARNING : NORMAL, false, extended);
		}
		catch (InputRejected ex) {
			return new ReviewClock(round.completeOn(), reviewDue, caseDecisionDue, due, null, UNKNOWN,
					today.isAfter(due), extended);
		}
	}

}
