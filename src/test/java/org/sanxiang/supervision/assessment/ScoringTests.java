package org.sanxiang.supervision.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.sanxiang.platform.InputRejected;
import org.sanxiang.supervision.inspection.InspectionFindings.Finding;
import org.sanxiang.supervision.kpi.UnitKpis;
import org.sanxiang.supervision.ledger.LedgerCompletion.DueTask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The arithmetic of a score, checked against a result computed by hand, and the scheme's
 * refusals.
 */
class ScoringTests {

	static final AssessmentPeriod Q1 = new AssessmentPeriod(2026, 1);

	static Map<String, String> weights(String onTime, String review, String recording, String certificate,
			String complaint, String findings, String ledger) {
		Map<String, String> w = new LinkedHashMap<>();
		w.put("on-time", onTime);
		w.put("review", review);
		w.put("recording", recording);
		w.put("certificate", certificate);
		w.put("complaint-on-time", complaint);
		w.put("findings", findings);
		w.put("ledger", ledger);
		return w;
	}

	static ScoringScheme.Form form(Map<String, String> weights) {
		return new ScoringScheme.Form(LocalDate.of(2026, 1, 1), weights, "10", "5", "90", "80", "60", null);
	}

	static ScoringScheme scheme(ScoringScheme.Form form) {
		ScoringScheme.Checked c = ScoringScheme.check(form);
		return new ScoringScheme(UUID.randomUUID(), "AG", 1, c.effectiveFrom(), c.weights(), c.findingPoints(),
				c.overduePoints(), c.excellentFrom(), c.goodFrom(), c.passFrom(), null, "supervisor", null);
	}

	@Test
	void scoresAUnitAsComputedByHandWithPartsThatAddUpToTheTotal() {
		ScoringScheme scheme = scheme(form(weights("20", "15", "15", "10", "10", "20", "10")));
		List<UnitKpis.Rate> rates = List.of(new UnitKpis.Rate("on-time", "按期办结率", 3, 4, "/a"),
				new UnitKpis.Rate("review", "法制审核覆盖率", 1, 1, "/b"),
				new UnitKpis.Rate("recording", "音像记录覆盖率", 2, 3, "/c"),
				new UnitKpis.Rate("certificate", "执法证有效率", 0, 0, "/d"),
				new UnitKpis.Rate("complaint-on-time", "投诉举报按期答复率", 1, 2, "/e"));
		LocalDate end = Q1.to();
		List<Finding> findings = List.of(
				new Finding(UUID.randomUUID(), UUID.randomUUID(), "一季度督查", "TZK", null, "未按时公示",
						LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 10), true, LocalDate.of(2026, 3, 1)),
				new Finding(UUID.randomUUID(), UUID.randomUUID(), "一季度督查", "TZK", null, "缺少音像记录",
						LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 10), false, null));
		List<DueTask> tasks = List.of(
				new DueTask(UUID.randomUUID(), "统一告知文书", "TZK", LocalDate.of(2026, 2, 27), LocalDate.of(2026, 2, 20)),
				new DueTask(UUID.randomUUID(), "配备记录仪", "TZK", LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 25)));

		UnitScore score = Scoring.score(scheme, Q1, end, new Scoring.Inputs("TZK", "投资股", rates, findings, tasks));

		// 3/4 → 75 × 20% = 15; 1/1 → 100 × 15% = 15; 2/3 → 66.67 × 15% = 10.00;
		// no data → 100 × 10% = 10; 1/2 → 50 × 10% = 5;
		// findings 100 − 2×10 − 1 overdue×5 = 75 × 20% = 15; ledger 1/2 in time → 50 ×
		// 10% = 5
		assertThat(score.part(ScoreComponent.ON_TIME).points()).isEqualByComparingTo("15");
		assertThat(score.part(ScoreComponent.RECORDING).score()).isEqualByComparingTo("66.67");
		assertThat(score.part(ScoreComponent.RECORDING).points()).isEqualByComparingTo("10.00");
		assertThat(score.part(ScoreComponent.CERTIFICATE).how()).contains("无统计数据");
		assertThat(score.part(ScoreComponent.FINDINGS).score()).isEqualByComparingTo("75");
		assertThat(score.part(ScoreComponent.FINDINGS).how()).isEqualTo("100 − 2 个问题 × 10 − 1 个整改逾期 × 5");
		assertThat(score.part(ScoreComponent.FINDINGS).basis()).extracting(UnitScore.Basis::link)
			.allMatch(l -> l.startsWith("/console/supervision/checks/"));
		assertThat(score.part(ScoreComponent.LEDGER).score()).isEqualByComparingTo("50");
		assertThat(score.total()).isEqualByComparingTo("75.00");
		assertThat(score.parts().stream().map(UnitScore.Part::points).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo(score.total());
		assertThat(score.grade()).isEqualTo("合格");
	}

	@Test
	void findingsNeverTakeTheirPartBelowZero() {
		ScoringScheme scheme = scheme(new ScoringScheme.Form(LocalDate.of(2026, 1, 1),
				weights("0", "0", "0", "0", "0", "100", "0"), "60", "0", "90", "80", "60", null));
		Finding f = new Finding(UUID.randomUUID(), UUID.randomUUID(), "督查", "TZK", null, "问题", LocalDate.of(2026, 2, 1),
				LocalDate.of(2026, 4, 1), false, null);
		UnitScore score = Scoring.score(scheme, Q1, Q1.to(),
				new Scoring.Inputs("TZK", "投资股", List.of(), List.of(f, f), List.of()));
		assertThat(score.total()).isEqualByComparingTo("0");
		assertThat(score.grade()).isEqualTo("不合格");
	}

	@Test
	void withoutASourceOfFindingsTheirPartScoresFullMarksAndSaysSo() {
		ScoringScheme scheme = scheme(form(weights("20", "15", "15", "10", "10", "20", "10")));
		UnitScore score = Scoring.score(scheme, Q1, Q1.to(),
				new Scoring.Inputs("TZK", "投资股", List.of(), null, List.of()));
		assertThat(score.part(ScoreComponent.FINDINGS).how()).isEqualTo("未接入督查发现问题，按满分计");
		assertThat(score.total()).isEqualByComparingTo("100");
	}

	@Test
	void refusesWeightsThatDoNotSumToExactlyOneHundred() {
		assertThatThrownBy(() -> ScoringScheme.check(form(weights("20", "15", "15", "10", "10", "20", "9.5"))))
			.isInstanceOfSatisfying(InputRejected.class, ex -> {
				assertThat(ex.kind()).isEqualTo(InputRejected.Kind.UNPROCESSABLE);
				assertThat(ex.firstMessage()).isEqualTo("各项权重之和必须正好等于 100%，现为 99.5%，相差 0.5 个百分点");
			});
		assertThatThrownBy(() -> ScoringScheme.check(form(weights("30", "15", "15", "10", "10", "20", "10"))))
			.hasMessageContaining("现为 110%");
	}

	@Test
	void refusesWeightsAndPointsOutOfRangeMalformedOrWithMoreThanTwoDecimals() {
		assertThatThrownBy(() -> ScoringScheme.check(form(weights("120", "-20", "0", "0", "0", "0", "0"))))
			.isInstanceOfSatisfying(InputRejected.class, ex -> assertThat(ex.errors()).extracting(e -> e.message())
				.containsExactly("按期办结率的权重须在 0 至 100 之间，“120”超出范围", "法制审核覆盖率的权重须在 0 至 100 之间，“-20”超出范围"));
		assertThatThrownBy(() -> ScoringScheme.check(form(weights("abc", "15", "15", "10", "10", "20", "10"))))
			.hasMessageContaining("按期办结率的权重须为数字");
		assertThatThrownBy(() -> ScoringScheme.check(form(weights("20.125", "15", "15", "10", "10", "20", "9.875"))))
			.hasMessageContaining("最多保留两位小数");
		assertThatThrownBy(() -> ScoringScheme.check(new ScoringScheme.Form(LocalDate.of(2026, 1, 1),
				weights("20", "15", "15", "10", "10", "20", "10"), "101", "5", "80", "90", "60", null)))
			.isInstanceOfSatisfying(InputRejected.class, ex -> assertThat(ex.errors()).extracting(e -> e.message())
				.containsExactly("每个督查发现问题扣分须在 0 至 100 之间，“101”超出范围", "等次分数线须依次降低：优秀 > 良好 > 合格"));
	}

	@Test
	void refusesAQuarterOrYearOutOfRangeAndAPeriodNotYetBegun() {
		assertThatThrownBy(() -> AssessmentPeriod.of(2026, 5)).hasMessageContaining("季度只能是 1 至 4");
		assertThatThrownBy(() -> AssessmentPeriod.of(1999, null)).hasMessageContaining("2000 至 2100");
		assertThatThrownBy(() -> AssessmentPeriod.of(2026, 3).countedTo(LocalDate.of(2026, 6, 1)))
			.hasMessageContaining("2026年第三季度尚未开始");
		assertThat(AssessmentPeriod.of(2026, 2).countedTo(LocalDate.of(2026, 6, 1)))
			.isEqualTo(LocalDate.of(2026, 6, 1));
		assertThat(AssessmentPeriod.lastQuarter(LocalDate.of(2026, 1, 15))).isEqualTo(new AssessmentPeriod(2025, 4));
		assertThat(AssessmentPeriod.lastQuarter(LocalDate.of(2026, 6, 1))).isEqualTo(new AssessmentPeriod(2026, 1));
	}

}
