package org.sanxiang.disclosure.publication;

import java.time.LocalDate;

import org.sanxiang.calendar.WorkingDays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clocks of a publication on the 2026 holidays (T-1, T-2, T-3): 7 working days to
 * publish (GS-3), 3 to withdraw (GS-4), a warning 3 working days before the end.
 */
class PublicationDeadlinesTests {

	private final PublicationDeadlines deadlines = new PublicationDeadlines(WorkingDays.shipped());

	@Test
	void aDecisionBeforeTheNationalDayBreakIsDueAfterItCountingTheAdjustedSaturday() {
		// 28 Sep (Mon) → 29, 30 Sep; 1–7 Oct off; 8, 9 Oct; 10 Oct (Sat, 调休上班); 12, 13
		// Oct
		assertThat(this.deadlines.publishBy(LocalDate.of(2026, 9, 28))).isEqualTo(LocalDate.of(2026, 10, 13));
		assertThat(this.deadlines.publishBy(LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 10, 15));
	}

	@Test
	void aDecisionOnASaturdayStartsCountingOnTheAdjustedSundayAndSkipsMidAutumn() {
		// 19 Sep (Sat) → 20 Sep (Sun, 调休上班) is day 1; 25–27 Sep off (中秋节)
		assertThat(this.deadlines.publishBy(LocalDate.of(2026, 9, 19))).isEqualTo(LocalDate.of(2026, 9, 29));
	}

	@Test
	void theSpringFestivalBreakAndItsAdjustedSaturdaysCount() {
		// 13 Feb (Fri) → 14 Feb (Sat, 调休上班); 15–23 Feb off; 24, 25, 26, 27 Feb; 28 Feb
		// (Sat, 调休上班); 2 Mar
		assertThat(this.deadlines.publishBy(LocalDate.of(2026, 2, 13))).isEqualTo(LocalDate.of(2026, 3, 2));
	}

	@Test
	void aWithdrawalIsDueThreeWorkingDaysAfterTheRevokingDecisionAcrossAWeekendAndHoliday() {
		// 3 Apr (Fri) → 4–6 Apr off (清明节) → 7, 8, 9 Apr
		assertThat(this.deadlines.withdrawBy(LocalDate.of(2026, 4, 3))).isEqualTo(LocalDate.of(2026, 4, 9));
		// 30 Sep (Wed) → 8, 9 Oct, 10 Oct (Sat, 调休上班)
		assertThat(this.deadlines.withdrawBy(LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 10, 10));
		// 1 May (holiday) → 6, 7, 8 May
		assertThat(this.deadlines.withdrawBy(LocalDate.of(2026, 5, 1))).isEqualTo(LocalDate.of(2026, 5, 8));
	}

	@Test
	void warnsThreeWorkingDaysBeforeTheEndAndIsOverdueTheDayAfter() {
		LocalDate due = LocalDate.of(2026, 10, 13);
		assertThat(this.deadlines.state(due, LocalDate.of(2026, 10, 8)).urgency()).isEqualTo("正常");
		PublicationDeadlines.ClockState warning = this.deadlines.state(due, LocalDate.of(2026, 10, 9));
		assertThat(warning.urgency()).isEqualTo("预警");
		assertThat(warning.workingDaysLeft()).isEqualTo(3);
		assertThat(this.deadlines.state(due, due).text()).isEqualTo("今日到期");
		PublicationDeadlines.ClockState overdue = this.deadlines.state(due, LocalDate.of(2026, 10, 14));
		assertThat(overdue.overdue()).isTrue();
		assertThat(overdue.text()).isEqualTo("已逾期 1 个工作日");
	}

	@Test
	void aYearWithoutItsCalendarIsCountedOnWeekdays() {
		// 2027 is not in the shipped file: 4 Jan 2027 (Mon) → 5–8 Jan, 11–13 Jan,
		// weekends skipped
		assertThat(this.deadlines.publishBy(LocalDate.of(2027, 1, 4))).isEqualTo(LocalDate.of(2027, 1, 13));
	}

}
