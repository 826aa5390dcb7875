package org.sanxiang.inspection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drawn plans set up directly in the store, as a draw would leave them: a plan of the
 * demo agency checking JC-001, its draw, the targets in the register and one assignment
 * per target with the inspectors given.
 */
final class InspectionFixtures {

	/** 新田县发展和改革局 of the demo data. */
	static final String AGENCY = "11431128006123458Q";

	private InspectionFixtures() {
	}

	/** A drawn plan whose period runs from ten days ago to twenty days ahead. */
	static Drawn drawnPlan(InspectionStore store, TransactionTemplate tx, Clock clock, List<List<String>> teams) {
		LocalDate today = LocalDate.now(clock);
		return drawnPlan(store, tx, clock, today.minusDays(10), today.plusDays(20), teams);
	}

	static Drawn drawnPlan(InspectionStore store, TransactionTemplate tx, Clock clock, LocalDate start, LocalDate end,
			List<List<String>> teams) {
		UUID planId = UUID.randomUUID();
		Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		String number = "CC-T-" + planId.toString().substring(0, 8);
		Plan plan = new Plan(planId, number, AGENCY, "企业投资项目监督检查（测试）", List.of("JC-001"), TargetFilter.all(),
				teams.size(), null, 2, List.of(), start, end, now.minus(1, ChronoUnit.DAYS), PlanStatus.ANNOUNCED, null,
				"admin", now.minus(2, ChronoUnit.DAYS), null, null, null);
		List<DrawResult.Assignment> assignments = new ArrayList<>();
		List<Target> targets = new ArrayList<>();
		for (int i = 0; i < teams.size(); i++) {
			String code = creditCode();
			String name = "新田县示例抽查对象" + code.substring(12) + "有限公司";
			targets.add(new Target(AGENCY, code, name, "法人及非法人组织", "李四", "新田县龙泉镇示例街" + (i + 1) + "号", "龙泉镇", "粮食收购",
					List.of(), true));
			assignments.add(new DrawResult.Assignment(UUID.randomUUID(), planId, i + 1, code, name, teams.get(i)));
		}
		DrawResult draw = new DrawResult(planId, RandomDraw.VERSION, plan.drawAt(), 10, "ab".repeat(32), plan.drawAt(),
				"test-key", "test-signature", "cd".repeat(32),
				targets.stream().map(Target::creditCode).sorted().toList(),
				teams.stream().flatMap(List::stream).distinct().sorted().toList(), teams.size(), plan.drawAt(),
				assignments, List.of());
		store(store, tx, now, targets, plan, draw);
		return new Drawn(plan, targets, assignments);
	}

	/**
	 * Stores a plan as its draw leaves it, in one transaction: the targets in the
	 * register, the plan, the draw, the plan marked drawn.
	 */
	static void store(InspectionStore store, TransactionTemplate tx, Instant at, List<Target> targets, Plan plan,
			DrawResult draw) {
		tx.executeWithoutResult(s -> {
			targets.forEach(t -> store.saveTarget(t, "admin", at));
			store.addPlan(plan);
			store.addDraw(draw);
			store.markDrawn(plan.id());
		});
	}

	/** A plan as drawn, with its targets and assignments in draw order. */
	record Drawn(Plan plan, List<Target> targets, List<DrawResult.Assignment> assignments) {

		UUID assignment(int index) {
			return this.assignments.get(index).id();
		}

	}

	private static String creditCode() {
		StringBuilder code = new StringBuilder("91431128MA");
		for (int i = 0; i < 8; i++) {
			code.append("0123456789ABCDEFGHJKLMNPQRTUWXY".charAt(ThreadLocalRandom.current().nextInt(31)));
		}
		return code.toString();
	}

}
