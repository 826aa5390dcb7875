package org.sanxiang.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sanxiang.inspection.InspectionStatistics.InspectionFacts;
import org.sanxiang.inspection.InspectionStatistics.PlanFacts;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What supervision counts of the plans, draws and records, on plans set up in 2031 (far
 * from any demo plan): overlap of periods both ends included, cancelled plans listed but
 * their inspections not, records joined.
 */
@SanxiangIntegrationTest
class InspectionStatisticsIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	InspectionStatistics statistics;

	@Test
	void listsThePlansOverlappingThePeriodCancelledOnesIncludedAndTheInspectionsOfTheDrawnOnesWithTheirRecords() {
		DrawnPlanFixture plans = DrawnPlanFixture.of(this.context);
		// ends on the period's first day: overlaps
		DrawnPlanFixture.Drawn march = plans.drawn("A1", List.of("XK-002", "XK-005"), day("03-01"), day("04-01"),
				List.of(List.of("O-003", "O-004"), List.of("O-001", "O-003")));
		// starts on the period's last day: overlaps
		DrawnPlanFixture.Drawn may = plans.drawn("A1", List.of("XK-002"), day("04-30"), day("05-31"),
				List.of(List.of("O-001", "O-002")));
		// drawn, then cancelled: listed, its inspections not counted
		DrawnPlanFixture.Drawn cancelled = plans.drawn("A1", List.of("XK-005"), day("04-10"), day("04-20"),
				List.of(List.of("O-001", "O-002")));
		plans.cancel(cancelled.planId());
		// announced only: listed, nothing drawn
		UUID announced = plans.announced("A1", List.of("XK-002"), day("04-15"), day("04-25"));
		// ends the day before: not listed
		DrawnPlanFixture.Drawn before = plans.drawn("A1", List.of("XK-002"), day("02-01"), day("03-31"),
				List.of(List.of("O-001", "O-002")));
		plans.record(march.assignments().get(1), day("03-20"), "责令整改");

		Set<UUID> mine = Set.of(march.planId(), may.planId(), cancelled.planId(), announced, before.planId());
		List<PlanFacts> listed = this.statistics.plans(day("04-01"), day("04-30"))
			.stream()
			.filter(p -> mine.contains(p.id()))
			.toList();
		assertThat(listed).extracting(PlanFacts::id)
			.containsExactlyInAnyOrder(march.planId(), may.planId(), cancelled.planId(), announced);
		PlanFacts first = listed.stream().filter(p -> p.id().equals(march.planId())).findFirst().orElseThrow();
		assertThat(first).isEqualTo(new PlanFacts(march.planId(), march.number(), "A1", List.of("XK-002", "XK-005"),
				"DRAWN", day("03-01"), day("04-01")));
		assertThat(listed).filteredOn(p -> p.id().equals(cancelled.planId()))
			.extracting(PlanFacts::status)
			.containsExactly("CANCELLED");
		assertThat(listed).filteredOn(p -> p.id().equals(announced))
			.extracting(PlanFacts::status)
			.containsExactly("ANNOUNCED");

		List<InspectionFacts> inspections = this.statistics.inspections(day("04-01"), day("04-30"))
			.stream()
			.filter(i -> mine.contains(i.planId()))
			.toList();
		assertThat(inspections).extracting(InspectionFacts::assignmentId)
			.containsExactlyInAnyOrder(march.assignments().get(0), march.assignments().get(1),
					may.assignments().get(0));
		InspectionFacts open = byId(inspections, march.assignments().get(0));
		assertThat(open.inspectorIds()).containsExactly("O-003", "O-004");
		assertThat(open.periodEnd()).isEqualTo(day("04-01"));
		assertThat(open.inspectedOn()).isNull();
		assertThat(open.result()).isNull();
		assertThat(open.overdueOn(day("04-01"))).isFalse();
		assertThat(open.overdueOn(day("04-02"))).isTrue();
		InspectionFacts done = byId(inspections, march.assignments().get(1));
		assertThat(done.inspectedOn()).isEqualTo(day("03-20"));
		assertThat(done.result()).isEqualTo("责令整改");
		assertThat(done.overdueOn(day("05-01"))).isFalse();
	}

	private static InspectionFacts byId(List<InspectionFacts> inspections, UUID id) {
		return inspections.stream().filter(i -> i.assignmentId().equals(id)).findFirst().orElseThrow();
	}

	private static LocalDate day(String monthDay) {
		return LocalDate.parse("2031-" + monthDay);
	}

}
