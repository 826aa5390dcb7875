package org.sanxiang.disclosure.publication;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.sanxiang.calendar.WorkingDays;
import org.sanxiang.platform.InputRejected;

/**
 * The clocks of a publication, counted in working days (T-1), the decision day not
 * counted (T-2), on the State Council's holidays and 调休 (T-3): publish within 7 working
 * days of the decision (GS-3); withdraw within 3 working days of the decision that
 * revokes it (GS-4, our default for licences). A clock warns 3 working days before its
 * end and is overdue the day after.
 * <p>
 * When the calendar of a year is not loaded yet (the next year's holiday notice comes out
 * in November), the period is counted on weekdays alone and the clock says so; the
 * calendar module warns the administrator at the same time.
 */
final class PublicationDeadlines {

	static final int PUBLISH_DAYS = 7;

	static final int WITHDRAW_DAYS = 3;

	static final int WARNING_DAYS = 3;

	private final WorkingDays days;

	PublicationDeadlines(WorkingDays days) {
		this.days = days;
	}

	/** The last day to publish a decision made on {@code decidedOn} (GS-3). */
	LocalDate publishBy(LocalDate decidedOn) {
		return add(decidedOn, PUBLISH_DAYS);
	}

	/** The last day to withdraw after a revoking decision on {@code decidedOn} (GS-4). */
	LocalDate withdrawBy(LocalDate decidedOn) {
		return add(decidedOn, WITHDRAW_DAYS);
	}

	/** The {@code n}-th working day after {@code from}. */
	LocalDate after(LocalDate from, int n) {
		return add(from, n);
	}

	/** Where a clock ending on {@code due} stands on {@code today}. */
	ClockState state(LocalDate due, LocalDate today) {
		if (today.isAfter(due)) {
			return new ClockState(due, -between(due, today), ClockState.OVERDUE);
		}
		int left = between(today, due);
		return new ClockState(due, left, left <= WARNING_DAYS ? ClockState.WARNING : ClockState.NORMAL);
	}

	private LocalDate add(LocalDate from, int n) {
		try {
			return this.days.addWorkingDays(from, n);
		}
		catch (InputRejected ex) {
			LocalDate d = from;
			for (int counted = 0; counted < n;) {
				d = d.plusDays(1);
				if (weekday(d)) {
					counted++;
				}
			}
			return d;
		}
	}

	private int between(LocalDate from, LocalDate to) {
		try {
			return this.days.workingDaysBetween(from, to);
		}
		catch (InputRejected ex) {
			int n = 0;
			for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
				if (weekday(d)) {
					n++;
				}
			}
			return n;
		}
	}

	private static boolean weekday(LocalDate d) {
		return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	/**
	 * A clock on one day.
	 *
	 * @param due the last day
	 * @param workingDaysLeft working days left after today; negative: overdue by as many
	 * @param urgency 正常, 预警 or 逾期
	 */
	record ClockState(LocalDate due, int workingDaysLeft, String urgency) {

		static final String NORMAL = "正常";

		static final String WARNING = "预警";

		static final String OVERDUE = "逾期";

		public boolean overdue() {
			return OVERDUE.equals(this.urgency);
		}

		/** How the console says it: 剩余 3 个工作日 / 今日到期 / 已逾期 2 个工作日. */
		public String text() {
			if (this.workingDaysLeft < 0) {
				return "已逾期 " + (-this.workingDaysLeft) + " 个工作日";
			}
			return this.workingDaysLeft == 0 ? "今日到期" : "剩余 " + this.workingDaysLeft + " 个工作日";
		}

	}

}
