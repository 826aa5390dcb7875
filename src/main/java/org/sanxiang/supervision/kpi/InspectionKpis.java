package org.sanxiang.supervision.kpi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.sanxiang.catalog.Item;
import org.sanxiang.inspection.InspectionStatistics.InspectionFacts;
import org.sanxiang.inspection.InspectionStatistics.PlanFacts;

/**
 * The three indicators of 双随机抽查 (行政检查 with 双随机、一公开), computed from the plans and drawn
 * inspections {@code InspectionStatistics} reads, each row with the keys it counts for in
 * every breakdown:
 * <ul>
 * <li><b>随机抽查事项覆盖率</b>: one row per item of today's 随机抽查事项清单, met when at least one drawn
 * (not cancelled) plan whose period overlaps the KPI period checks it; counted per agency
 * and unit of the item, not per officer or month.</li>
 * <li><b>抽查任务完成率</b>: one row per drawn inspection of a plan that is not cancelled and
 * whose last day falls within the KPI period, once it is due (its last day before today)
 * or recorded; met when carried out on or before the plan's last day. An inspection whose
 * last day has not passed and that is not recorded yet is not counted; one carried out
 * after the last day is counted as not met (逾期完成).</li>
 * <li><b>逾期未检查数</b>: the rows of the same inspections that, as of today, are past the
 * plan's last day with no record — a count, target 0. Earlier periods keep their own
 * overdue inspections: an inspection counts for the period its plan's last day falls
 * in.</li>
 * </ul>
 * An inspection counts for its plan's agency; for each unit responsible (承办机构) for one of
 * the plan's items — the same 事项所属股室 the case indicators count for; for each drawn
 * inspector; and for the month of the plan's last day.
 */
final class InspectionKpis {

	private InspectionKpis() {
	}

	/**
	 * One row and where it counts: {@code units}, {@code officers} and {@code month} are
	 * {@code null} where the indicator is not broken down that way.
	 */
	record Keyed(Kpis.Row row, String agency, List<String> units, List<String> officers, String month) {

		/** The keys of a breakdown, or {@code null} when the row is not counted by it. */
		List<String> keys(String dimension) {
			return switch (dimension) {
				case "agency" -> List.of(this.agency);
				case "unit" -> this.units;
				case "officer" -> this.officers;
				case "month" -> this.month == null ? null : List.of(this.month);
				default -> List.of();
			};
		}

	}

	/** The read facts and today's catalog the rows are computed from. */
	record Source(List<PlanFacts> plans, List<InspectionFacts> inspections, List<Item> randomInspectionList,
			Map<String, Item> items, Map<String, String> officerNames, LocalDate today) {
	}

	/** Today's list, each item met when a drawn plan overlapping the period checks it. */
	static List<Keyed> coverage(Source source) {
		Map<String, List<String>> checkedBy = new HashMap<>();
		for (PlanFacts p : source.plans()) {
			if (!"DRAWN".equals(p.status())) {
				continue;
			}
			for (String code : new LinkedHashSet<>(p.itemCodes())) {
				checkedBy.computeIfAbsent(code, k -> new ArrayList<>()).add(p.number());
			}
		}
		List<Keyed> rows = new ArrayList<>();
		for (Item item : source.randomInspectionList()) {
			List<String> plans = checkedBy.getOrDefault(item.code(), List.of());
			String why = plans.isEmpty() ? "统计期间内没有已抽取的抽查计划检查此事项"
					: "由抽查计划 " + String.join("、", plans) + " 检查（共 " + plans.size() + " 个计划）";
			rows.add(new Keyed(new Kpis.Row(null, item.name(), item.code(), !plans.isEmpty(), why, null),
					dash(item.agencyCode()), List.of(dash(item.unitCode())), null, null));
		}
		return rows;
	}

	/** The inspections due in the period (or recorded), met when done by the last day. */
	static List<Keyed> completion(Kpis.Period period, Source source) {
		Map<UUID, PlanFacts> plans = plansById(source);
		List<Keyed> rows = new ArrayList<>();
		for (InspectionFacts i : dueInPeriod(period, source)) {
			if (i.inspectedOn() == null && !i.periodEnd().isBefore(source.today())) {
				continue;
			}
			boolean met = i.inspectedOn() != null && !i.inspectedOn().isAfter(i.periodEnd());
			String why;
			if (i.inspectedOn() == null) {
				why = "检查期限 " + i.periodEnd() + "，逾期未检查";
			}
			else {
				why = "检查期限 " + i.periodEnd() + "，于 " + i.inspectedOn() + " 检查（" + i.result() + "）"
						+ (met ? "：按期完成" : "：逾期完成");
			}
			rows.add(keyed(i, plans.get(i.planId()), met, why + inspectors(i, source), source));
		}
		return rows;
	}

	/** The inspections due in the period, past their last day today and not recorded. */
	static List<Keyed> overdue(Kpis.Period period, Source source) {
		Map<UUID, PlanFacts> plans = plansById(source);
		List<Keyed> rows = new ArrayList<>();
		for (InspectionFacts i : dueInPeriod(period, source)) {
			if (!i.overdueOn(source.today())) {
				continue;
			}
			long days = ChronoUnit.DAYS.between(i.periodEnd(), source.today());
			rows.add(keyed(i, plans.get(i.planId()), false,
					"检查期限 " + i.periodEnd() + "，已逾期 " + days + " 天未检查" + inspectors(i, source), source));
		}
		return rows;
	}

	private static List<InspectionFacts> dueInPeriod(Kpis.Period period, Source source) {
		return source.inspections()
			.stream()
			.filter(i -> !i.periodEnd().isBefore(period.from()) && !i.periodEnd().isAfter(period.to()))
			.toList();
	}

	private static Keyed keyed(InspectionFacts i, PlanFacts plan, boolean met, String why, Source source) {
		String number = plan == null ? i.planId().toString() : plan.number();
		Set<String> units = new LinkedHashSet<>();
		if (plan != null) {
			for (String code : plan.itemCodes()) {
				Item item = source.items().get(code);
				units.add(dash(item == null ? null : item.unitCode()));
			}
		}
		if (units.isEmpty()) {
			units.add("—");
		}
		// the assignment id stands where a case id does: the drill-down links to its
		// field sheet
		return new Keyed(new Kpis.Row(i.assignmentId(), number, "检查对象 " + i.creditCode(), met, why, null),
				dash(plan == null ? null : plan.agencyCode()), List.copyOf(units), i.inspectorIds(),
				YearMonth.from(i.periodEnd()).toString());
	}

	private static String inspectors(InspectionFacts i, Source source) {
		if (i.inspectorIds().isEmpty()) {
			return "";
		}
		List<String> names = i.inspectorIds().stream().map(id -> source.officerNames().getOrDefault(id, id)).toList();
		return "；检查人员 " + String.join("、", names);
	}

	private static Map<UUID, PlanFacts> plansById(Source source) {
		Map<UUID, PlanFacts> plans = new HashMap<>();
		for (PlanFacts p : source.plans()) {
			plans.put(p.id(), p);
		}
		return plans;
	}

	private static String dash(String s) {
		return s == null ? "—" : s;
	}

}
