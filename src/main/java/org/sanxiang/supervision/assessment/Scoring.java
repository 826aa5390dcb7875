package org.sanxiang.supervision.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sanxiang.supervision.inspection.InspectionFindings.Finding;
import org.sanxiang.supervision.kpi.UnitKpis;
import org.sanxiang.supervision.ledger.LedgerCompletion.DueTask;

/**
 * Computes a unit's score from its records under a scheme: pure arithmetic, no database.
 * Each part is scored 0–100 and rounded to two decimals (half up); its points are weight
 * × score ÷ 100, rounded the same way; the total is the sum of the points shown, so the
 * parts on the page add up to the total exactly. A part with nothing to count (no
 * decision, no task due) scores full marks: a unit is not marked down for work it did not
 * have.
 */
final class Scoring {

	private static final BigDecimal HUNDRED = ScoringScheme.HUNDRED;

	private Scoring() {
	}

	/**
	 * The records of one unit for one period.
	 *
	 * @param findings the unit's findings of 督查 found in the period, or {@code null} when
	 * no source of findings is present
	 */
	record Inputs(String unitCode, String unitName, List<UnitKpis.Rate> rates, List<Finding> findings,
			List<DueTask> tasks) {
	}

	static UnitScore score(ScoringScheme scheme, AssessmentPeriod period, LocalDate countedTo, Inputs in) {
		List<UnitScore.Part> parts = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO;
		for (ScoreComponent c : ScoreComponent.values()) {
			UnitScore.Part part = switch (c) {
				case FINDINGS -> findings(scheme, countedTo, in.findings());
				case LEDGER -> ledger(scheme, in.tasks());
				default -> indicator(scheme, c, in.rates());
			};
			parts.add(part);
			total = total.add(part.points());
		}
		if (total.signum() < 0 || total.compareTo(HUNDRED) > 0) {
			// weights sum to 100 and every part lies in 0–100: anything else is a bug
			throw new IllegalStateException("score out of range: " + total);
		}
		return new UnitScore(in.unitCode(), in.unitName(), period, countedTo, scheme.version(), List.copyOf(parts),
				total, scheme.grade(total));
	}

	private static UnitScore.Part indicator(ScoringScheme scheme, ScoreComponent c, List<UnitKpis.Rate> rates) {
		UnitKpis.Rate rate = rates.stream().filter(r -> r.indicator().equals(c.code())).findFirst().orElse(null);
		if (rate == null || rate.counted() == 0) {
			List<UnitScore.Basis> basis = rate == null ? List.of()
					: List.of(new UnitScore.Basis(rate.name() + "：无统计数据", "0/0", rate.drillPath(), true, null));
			return part(scheme, c, HUNDRED, "本期无统计数据，按满分计", basis);
		}
		BigDecimal score = BigDecimal.valueOf(rate.met())
			.multiply(HUNDRED)
			.divide(BigDecimal.valueOf(rate.counted()), 2, RoundingMode.HALF_UP);
		return part(scheme, c, score, "达标 " + rate.met() + " / 统计 " + rate.counted() + " × 100",
				List.of(new UnitScore.Basis(rate.name() + "明细", rate.met() + "/" + rate.counted(), rate.drillPath(),
						rate.met() == rate.counted(), null)));
	}

	private static UnitScore.Part findings(ScoringScheme scheme, LocalDate countedTo, List<Finding> findings) {
		if (findings == null) {
			return part(scheme, ScoreComponent.FINDINGS, HUNDRED, "未接入督查发现问题，按满分计", List.of());
		}
		List<UnitScore.Basis> basis = new ArrayList<>();
		BigDecimal deducted = BigDecimal.ZERO;
		int overdue = 0;
		for (Finding f : findings) {
			boolean late = f.overdueOn(countedTo);
			deducted = deducted.add(scheme.findingPoints());
			if (late) {
				overdue++;
				deducted = deducted.add(scheme.overduePoints());
			}
			String state = f.rectified() ? "已整改（" + f.rectifiedOn() + "）"
					: late ? "整改逾期（期限 " + f.rectificationDue() + "）" : "整改中（期限 " + f.rectificationDue() + "）";
			basis.add(new UnitScore.Basis(f.checkTitle() + "：" + f.description(), f.foundOn() + " 发现，" + state,
					"/console/supervision/checks/" + f.checkId(), false, f.id()));
		}
		BigDecimal score = HUNDRED.subtract(deducted).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
		String how = findings.isEmpty() ? "本期无督查发现问题，得满分"
				: "100 − " + findings.size() + " 个问题 × " + ScoringScheme.plain(scheme.findingPoints())
						+ (overdue == 0 ? ""
								: " − " + overdue + " 个整改逾期 × " + ScoringScheme.plain(scheme.overduePoints()))
						+ (score.signum() == 0 ? "，最低 0 分" : "");
		return part(scheme, ScoreComponent.FINDINGS, score, how, basis);
	}

	private static UnitScore.Part ledger(ScoringScheme scheme, List<DueTask> tasks) {
		if (tasks.isEmpty()) {
			return part(scheme, ScoreComponent.LEDGER, HUNDRED, "本期无到期的落实台账任务，按满分计", List.of());
		}
		List<UnitScore.Basis> basis = new ArrayList<>();
		long done = 0;
		for (DueTask t : tasks) {
			boolean inTime = t.completedInTime();
			if (inTime) {
				done++;
			}
			String state = t.completedOn() == null ? "未完成"
					: inTime ? "按期完成（" + t.completedOn() + "）" : "逾期完成（" + t.completedOn() + "）";
			basis.add(new UnitScore.Basis(t.title(), "期限 " + t.deadline() + "，" + state,
					"/console/supervision/ledger/" + t.id(), inTime, null));
		}
		BigDecimal score = BigDecimal.valueOf(done)
			.multiply(HUNDRED)
			.divide(BigDecimal.valueOf(tasks.size()), 2, RoundingMode.HALF_UP);
		return part(scheme, ScoreComponent.LEDGER, score, "按期完成 " + done + " / 到期 " + tasks.size() + " × 100", basis);
	}

	private static UnitScore.Part part(ScoringScheme scheme, ScoreComponent c, BigDecimal score, String how,
			List<UnitScore.Basis> basis) {
		BigDecimal weight = scheme.weight(c);
		BigDecimal points = weight.multiply(score).divide(HUNDRED, 2, RoundingMode.HALF_UP);
		return new UnitScore.Part(c, weight, score, points, how, List.copyOf(basis));
	}

}
