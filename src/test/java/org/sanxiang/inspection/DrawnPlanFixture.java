package org.sanxiang.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Drawn plans set up directly in the tables, for tests of what reads them (statistics,
 * KPIs, alerts): a plan with its draw and one assignment per target, cancelled or
 * recorded on demand. Not the way plans are made — announcing and drawing are proved
 * elsewhere.
 */
public final class DrawnPlanFixture {

	/**
	 * A drawn plan.
	 *
	 * @param assignments one per target, in draw order
	 */
	public record Drawn(UUID planId, String number, List<UUID> assignments) {
	}

	private final InspectionStore store;

	private final JdbcClient jdbc;

	private DrawnPlanFixture(ApplicationContext context) {
		this.store = context.getBean(InspectionStore.class);
		this.jdbc = context.getBean(JdbcClient.class);
	}

	public static DrawnPlanFixture of(ApplicationContext context) {
		return new DrawnPlanFixture(context);
	}

	/**
	 * Announces a plan of {@code agency} checking {@code itemCodes} from {@code start} to
	 * {@code end}, without drawing it.
	 */
	public UUID announced(String agency, List<String> itemCodes, LocalDate start, LocalDate end) {
		UUID id = UUID.randomUUID();
		Instant at = start.minusDays(7).atStartOfDay().toInstant(ZoneOffset.UTC);
		this.store
			.addPlan(new Plan(id, "T-" + id.toString().substring(0, 8), agency, "测试抽查计划", itemCodes, TargetFilter.all(),
					1, null, 2, List.of(), start, end, at, PlanStatus.ANNOUNCED, null, "test", at, null, null, null));
		return id;
	}

	/**
	 * A drawn plan with one target per entry of {@code inspectors} (the drawn inspectors'
	 * officer ids).
	 */
	public Drawn drawn(String agency, List<String> itemCodes, LocalDate start, LocalDate end,
			List<List<String>> inspectors) {
		UUID id = announced(agency, itemCodes, start, end);
		Instant at = start.minusDays(7).atStartOfDay().toInstant(ZoneOffset.UTC);
		List<DrawResult.Assignment> assignments = new ArrayList<>();
		List<String> population = new ArrayList<>();
		for (int i = 0; i < inspectors.size(); i++) {
			String code = "91431128TEST" + String.format("%06d", i + 1);
			population.add(code);
			assignments.add(
					new DrawResult.Assignment(UUID.randomUUID(), id, i + 1, code, "测试对象" + (i + 1), inspectors.get(i)));
		}
		this.store.addDraw(new DrawResult(id, "test", at, 1, "00", at, "key", "sig", "seed", population,
				List.of("O-001", "O-002"), inspectors.size(), at, assignments, List.of()));
		this.store.markDrawn(id);
		String number = this.store.plan(id, false).orElseThrow().number();
		return new Drawn(id, number, assignments.stream().map(DrawResult.Assignment::id).toList());
	}

	public void cancel(UUID planId) {
		this.store.cancel(planId, "test", Instant.now(), "测试作废");
	}

	/** Records the inspection of an assignment as carried out on {@code on}. */
	public void record(UUID assignmentId, LocalDate on, String result) {
		this.jdbc.sql("""
				insert into inspection_record (assignment_id, inspected_on, inspectors, findings, result, recorded_by,
				  recorded_at)
				values (:id, :on, '[]'::jsonb, '现场检查，未发现问题', :result, 'test', :at)
				""")
			.param("id", assignmentId)
			.param("on", on)
			.param("result", result)
			.param("at", OffsetDateTime.now(ZoneOffset.UTC))
			.update();
	}

}
