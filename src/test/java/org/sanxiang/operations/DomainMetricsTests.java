package org.sanxiang.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.CaseStatistics;
import org.sanxiang.casework.CaseStatistics.OpenCase;
import org.sanxiang.journal.Journal;
import org.sanxiang.journal.JournalVerification;
import org.sanxiang.journal.TreeHead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class DomainMetricsTests {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	private final Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(CHINA).toInstant(), CHINA);

	private final Journal journal = mock(Journal.class);

	private final CaseStatistics cases = mock(CaseStatistics.class);

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	@Test
	void countsAsOverdueOnlyOpenCasesWhoseDecisionDuePassedWhileTheirClockRuns() {
		when(this.journal.size()).thenReturn(120L);
		when(this.cases.open(TODAY)).thenReturn(List.of(open(TODAY.minusDays(1), false), open(TODAY, false),
				open(TODAY.minusDays(3), true), open(null, false), open(TODAY.minusDays(20), false)));
		bind(Duration.ofSeconds(30));

		assertThat(gauge("sanxiang.cases.open")).isEqualTo(5);
		assertThat(gauge("sanxiang.cases.overdue")).isEqualTo(2);
	}

	@Test
	void showsTheLatestTreeHeadAndVerificationAndNothingKnownBeforeTheFirstRun() {
		when(this.journal.size()).thenReturn(130L);
		Instant signed = this.clock.instant().minusSeconds(45);
		when(this.journal.latestTreeHead()).thenReturn(Optional.of(new TreeHead(128, "ab", "SM3", signed, "k", "s")));
		when(this.journal.lastVerification()).thenReturn(Optional.empty());
		bind(Duration.ZERO);

		assertThat(gauge("sanxiang.journal.entries")).isEqualTo(130);
		assertThat(gauge("sanxiang.journal.tree.head.size")).isEqualTo(128);
		assertThat(gauge("sanxiang.journal.unsigned.entries")).isEqualTo(2);
		assertThat(gauge("sanxiang.journal.tree.head.age")).isEqualTo(45);
		assertThat(gauge("sanxiang.journal.verification.ok")).isNaN();

		when(this.journal.lastVerification()).thenReturn(Optional
			.of(new JournalVerification(100, 3, 17L, "第 17 条记录的叶哈希不符", this.clock.instant().minusSeconds(60))));
		assertThat(gauge("sanxiang.journal.verification.ok")).isZero();
		assertThat(gauge("sanxiang.journal.verification.age")).isEqualTo(60);
	}

	@Test
	void readsTheRecordAtMostOncePerRefreshIntervalHoweverOftenItIsScraped() {
		when(this.journal.size()).thenReturn(5L);
		bind(Duration.ofMinutes(5));
		for (int i = 0; i < 10; i++) {
			this.registry.find("sanxiang.journal.entries").gauge().value();
			this.registry.find("sanxiang.cases.overdue").gauge().value();
		}
		verify(this.journal, times(1)).size();
		verify(this.cases, times(1)).open(any());
	}

	@Test
	void keepsTheLastValuesWhenTheDatabaseCannotBeRead() {
		when(this.journal.size()).thenReturn(7L).thenThrow(new IllegalStateException("connection refused"));
		bind(Duration.ZERO);
		assertThat(gauge("sanxiang.journal.entries")).isEqualTo(7);
		assertThat(gauge("sanxiang.journal.entries")).isEqualTo(7);
	}

	private void bind(Duration refresh) {
		new DomainMetrics(this.journal, this.cases, this.clock, refresh).bindTo(this.registry);
	}

	private double gauge(String name) {
		return this.registry.find(name).gauge().value();
	}

	private static OpenCase open(LocalDate due, boolean paused) {
		return new OpenCase(new CaseId(UUID.randomUUID()), "N", "企业投资项目核准", null, "A", List.of(), TODAY.minusDays(30),
				due, paused);
	}

}
