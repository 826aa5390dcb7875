package org.sanxiang.supervision.alerts;

import java.time.LocalDate;
import java.util.Optional;

import org.sanxiang.calendar.WorkingDays;
import org.sanxiang.platform.InputRejected;

/**
 * When a due day calls for an alert: from 3 working days before it (counted on the
 * working-day calendar, 行政许可法 第八十二条, T-1) up to the day itself a warning (预警), after it
 * overdue (逾期) — the same 3 days the case, review and publication clocks warn at. A
 * certificate warns 30 calendar days before it expires.
 */
final class AlertPolicy {

	static final int WARNING_WORKING_DAYS = 3;

	static final int CERTIFICATE_WARNING_DAYS = 30;

	private final WorkingDays days;

	AlertPolicy(WorkingDays days) {
		this.days = days;
	}

	/**
	 * The level of a working-day deadline on {@code today}, or empty when not yet near.
	 */
	Optional<AlertLevel> deadline(LocalDate due, LocalDate today) {
		if (due == null) {
			return Optional.empty();
		}
		if (today.isAfter(due)) {
			return Optional.of(AlertLevel.OVERDUE);
		}
		return workingDaysLeft(today, due) <= WARNING_WORKING_DAYS ? Optional.of(AlertLevel.WARNING) : Optional.empty();
	}

	/** The level of a certificate valid to {@code validTo} on {@code today}. */
	static Optional<AlertLevel> certificate(LocalDate validTo, LocalDate today) {
		if (validTo == null) {
			return Optional.empty();
		}
		if (today.isAfter(validTo)) {
			return Optional.of(AlertLevel.OVERDUE);
		}
		return today.plusDays(CERTIFICATE_WARNING_DAYS).isBefore(validTo) ? Optional.empty()
				: Optional.of(AlertLevel.WARNING);
	}

	/**
	 * Working days from today to the due day; counted on weekdays beyond the calendar.
	 */
	int workingDaysLeft(LocalDate today, LocalDate due) {
		try {
			return this.days.workingDaysBetween(today, due);
		}
		catch (InputRejected ex) {
			int n = 0;
			for (LocalDate d = today.plusDays(1); !d.isAfter(due); d = d.plusDays(1)) {
				if (d.getDayOfWeek().getValue() < 6) {
					n++;
				}
			}
			return n;
		}
	}

}
