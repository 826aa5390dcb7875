package org.sanxiang.supervision.alerts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sanxiang.calendar.WorkingDays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a due day calls for an alert, on the shipped working-day calendar: 3 working days
 * before (holidays and 调休 counted, T-1, T-3), overdue the day after; a certificate 30
 * calendar days before it expires.
 */
class AlertPolicyTests {

	private final AlertPolicy policy = new AlertPolicy(WorkingDays.shipped());

	@Test
	void warnsFromThreeWorkingDaysBeforeTheDueDayCountedOnTheCalendar() {
		// due Friday 2026-10-09, the second working day after the National Day holiday
		// (10-01 to 10-07): on Monday 9-28 four working days are left (9-29, 9-30, 10-08,
		// 10-09), the holiday week not counted
		LocalDate due = LocalDate.of(2026, 10, 9);
		assertThat(this.policy.workingDaysLeft(LocalDate.of(2026, 9, 28), due)).isEqualTo(4);
		assertThat(this.policy.deadline(due, LocalDate.of(2026, 9, 28))).isEmpty();
		assertThat(this.policy.deadline(due, LocalDate.of(2026, 9, 29))).isEqualTo(Optional.of(AlertLevel.WARNING));
		assertThat(this.policy.workingDaysLeft(LocalDate.of(2026, 9, 30), due)).isEqualTo(2);
		assertThat(this.policy.deadline(due, due)).contains(AlertLevel.WARNING);
		assertThat(this.policy.deadline(due, due.plusDays(1))).contains(AlertLevel.OVERDUE);
		assertThat(this.policy.deadline(null, due)).isEmpty();
	}

	@Test
	void warnsOfACertificateThirtyDaysBeforeItsLastDayAndCallsItExpiredTheDayAfter() {
		LocalDate validTo = LocalDate.of(2028, 2, 29);
		assertThat(AlertPolicy.certificate(validTo, validTo.minusDays(31))).isEmpty();
		assertThat(List.of(AlertPolicy.certificate(validTo, validTo.minusDays(30)),
				AlertPolicy.certificate(validTo, validTo)))
			.containsOnly(Optional.of(AlertLevel.WARNING));
		assertThat(AlertPolicy.certificate(validTo, validTo.plusDays(1))).contains(AlertLevel.OVERDUE);
	}

}
