package org.sanxiang.review;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.review.ReviewFixtures.*;

@DisplayName("SH-5 审核期限")
class ReviewClockTests {

	@Test
	void aReviewIsDueSevenWorkingDaysAfterTheCompletePackage() {
		// Mon 1 Jun + 7 working days = Wed 10 Jun
		assertThat(ReviewClock.dueOn(TODAY, 7, WEEKDAYS)).isEqualTo(LocalDate.of(2026, 6, 10));
		assertThat(ReviewClock.dueOn(TODAY, 10, WEEKDAYS)).isEqualTo(LocalDate.of(2026, 6, 15));
	}

	@Test
	void theClockWarnsNearTheDueDayAndListsItOverdueAfter() {
		ReviewRound round = round(1, TEXT, TODAY, LocalDate.of(2026, 6, 10));
		ReviewClock normal = ReviewClock.of(round, null, TODAY, 2, WEEKDAYS);
		assertThat(normal.urgency()).isEqualTo("正常");
		assertThat(normal.workingDaysLeft()).isEqualTo(7);
		assertThat(ReviewClock.of(round, null, LocalDate.of(2026, 6, 8), 2, WEEKDAYS).urgency()).isEqualTo("预警");
		ReviewClock overdue = ReviewClock.of(round, null, LocalDate.of(2026, 6, 12), 2, WEEKDAYS);
		assertThat(overdue.overdue()).isTrue();
		assertThat(overdue.workingDaysLeft()).isEqualTo(-2);
	}

	@Test
	void theReviewMustEndInsideTheCasesRunningDecisionPeriod() {
		ReviewRound round = round(1, TEXT, TODAY, LocalDate.of(2026, 6, 10));
		ReviewClock clock = ReviewClock.of(round, LocalDate.of(2026, 6, 5), TODAY, 2, WEEKDAYS);
		assertThat(clock.due()).isEqualTo(LocalDate.of(2026, 6, 5));
		assertThat(clock.reviewDue()).isEqualTo(LocalDate.of(2026, 6, 10));
	}

}
