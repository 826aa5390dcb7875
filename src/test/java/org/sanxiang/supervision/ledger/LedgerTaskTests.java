package org.sanxiang.supervision.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerTaskTests {

	private static final LocalDate DEADLINE = LocalDate.of(2026, 6, 30);

	private static LedgerTask task(int notes, int evidence, LocalDate completedOn) {
		return new LedgerTask(UUID.randomUUID(), "制定实施方案", LedgerCategory.RULES, "FGG", "reviewer", DEADLINE,
				"supervisor", Instant.parse("2026-01-05T01:00:00Z"), completedOn,
				completedOn == null ? null : "supervisor", completedOn == null ? null : "已印发", notes, evidence, null);
	}

	@Test
	void aTaskWithNothingRecordedHasNotStarted() {
		assertThat(task(0, 0, null).statusOn(DEADLINE.minusDays(10))).isEqualTo(LedgerStatus.NOT_STARTED);
	}

	@Test
	void aNoteOrAFileMeansTheTaskIsInProgress() {
		assertThat(task(1, 0, null).statusOn(DEADLINE)).isEqualTo(LedgerStatus.IN_PROGRESS);
		assertThat(task(0, 1, null).statusOn(DEADLINE)).isEqualTo(LedgerStatus.IN_PROGRESS);
	}

	@Test
	void theDeadlineDayItselfIsStillInTime() {
		assertThat(task(0, 0, null).statusOn(DEADLINE)).isEqualTo(LedgerStatus.NOT_STARTED);
		assertThat(task(0, 0, null).overdueOn(DEADLINE)).isFalse();
	}

	@Test
	void anUnfinishedTaskIsOverdueTheDayAfterItsDeadlineWhateverWasRecorded() {
		assertThat(task(0, 0, null).statusOn(DEADLINE.plusDays(1))).isEqualTo(LedgerStatus.OVERDUE);
		assertThat(task(3, 2, null).statusOn(DEADLINE.plusDays(1))).isEqualTo(LedgerStatus.OVERDUE);
	}

	@Test
	void aCompletedTaskIsNeverOverdueEvenWhenCompletedLate() {
		LedgerTask late = task(0, 0, DEADLINE.plusDays(5));
		assertThat(late.statusOn(DEADLINE.plusDays(30))).isEqualTo(LedgerStatus.COMPLETED);
		assertThat(late.overdueOn(DEADLINE.plusDays(30))).isFalse();
	}

	@Test
	void categoriesAndStatusesParseFromTheirNamesAndChineseLabels() {
		assertThat(LedgerCategory.parse("音像记录")).isEqualTo(LedgerCategory.AUDIO_VIDEO);
		assertThat(LedgerCategory.parse("rules")).isEqualTo(LedgerCategory.RULES);
		assertThat(LedgerCategory.parse("无此类别")).isNull();
		assertThat(LedgerStatus.parse("已逾期")).isEqualTo(LedgerStatus.OVERDUE);
		assertThat(GroupRole.parse("副组长")).isEqualTo(GroupRole.DEPUTY);
	}

}
