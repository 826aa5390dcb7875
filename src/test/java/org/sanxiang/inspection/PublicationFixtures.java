package org.sanxiang.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A drawn plan set up through {@link InspectionStore} as the draw would leave it, and
 * inspection records inserted as the execution of inspections does, with
 * {@link InspectionRecorded} published in the record's transaction.
 */
class PublicationFixtures {

	static final String AGENCY = "11431128006123458Q";

	/** Personal data in the findings that must never reach the public. */
	static final String MOBILE = "13812345678";

	static final String CONTACT = "李小龙";

	static final String OPERATOR = "王小二";

	static final String EXCLUSION_REASON = "其妻为该公司股东，电话13912345678";

	private final InspectionStore store;

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final ApplicationEventPublisher events;

	PublicationFixtures(InspectionStore store, JdbcClient jdbc, TransactionTemplate tx,
			ApplicationEventPublisher events) {
		this.store = store;
		this.jdbc = jdbc;
		this.tx = tx;
		this.events = events;
	}

	/** A drawn plan of three targets: a company, a 个体工商户 and one left unrecorded. */
	record Fixture(Plan plan, String company, String shop, String third, UUID companyTask, UUID shopTask,
			UUID thirdTask) {
	}

	Fixture drawnPlan() {
		String suffix = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
		String company = "91431128MA4L" + suffix;
		String shop = "92431128MA4P" + suffix;
		String third = "91431128MA4Q" + suffix;
		Instant now = Instant.parse("2026-08-20T02:00:00Z");
		Plan plan = new Plan(UUID.randomUUID(), "CC-T-" + suffix, AGENCY, "一公开测试抽查计划" + suffix, List.of("JC-001"),
				TargetFilter.all(), 3, null, 2, List.of(), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30),
				Instant.parse("2026-08-31T02:00:00Z"), PlanStatus.ANNOUNCED, null, "director", now, null, null, null);
		UUID companyTask = UUID.randomUUID();
		UUID shopTask = UUID.randomUUID();
		UUID thirdTask = UUID.randomUUID();
		String root = "9a0b1c2d3e4f5061728394a5b6c7d8e9fa0b1c2d3e4f5061728394a5b6c7d8e9";
		String seed = HexFormat.of().formatHex(RandomDraw.seed(plan.id(), plan.drawAt(), 42, root));
		List<Target> targets = List.of(
				new Target(AGENCY, company, "新田县公示测试建材有限公司" + suffix, "法人及非法人组织", "赵大明", "新田县龙泉镇建设路1号", "龙泉镇", "建材",
						List.of(), true),
				new Target(AGENCY, shop, "新田县老王副食店" + suffix, ResultMasking.SOLE_PROPRIETOR, OPERATOR, "新田县龙泉镇建设路2号",
						"龙泉镇", "零售", List.of(), true),
				new Target(AGENCY, third, "新田县第三测试有限公司" + suffix, "法人及非法人组织", "钱多多", "新田县龙泉镇建设路3号", "龙泉镇", "建材",
						List.of(), true));
		DrawResult draw = new DrawResult(plan.id(), RandomDraw.VERSION, plan.drawAt(), 42, root,
				Instant.parse("2026-08-31T02:00:30Z"), "sm2-test-key", "MEUCIQDtestsignature", seed,
				List.of(company, shop, third).stream().sorted().toList(),
				List.of("O-001", "O-002", "O-003", "O-004", "O-005"), 3, Instant.parse("2026-08-31T02:01:00Z"),
				List.of(new DrawResult.Assignment(companyTask, plan.id(), 1, company, "新田县公示测试建材有限公司" + suffix,
						List.of("O-001", "O-003")),
						new DrawResult.Assignment(shopTask, plan.id(), 2, shop, "新田县老王副食店" + suffix,
								List.of("O-002", "O-004")),
						new DrawResult.Assignment(thirdTask, plan.id(), 3, third, "新田县第三测试有限公司" + suffix,
								List.of("O-001", "O-002"))),
				List.of(new DrawResult.Exclusion(company, "O-005", EXCLUSION_REASON)));
		InspectionFixtures.store(this.store, this.tx, now, targets, plan, draw);
		return new Fixture(this.store.plan(plan.id(), false).orElseThrow(), company, shop, third, companyTask, shopTask,
				thirdTask);
	}

	/**
	 * Inserts the record and, when {@code announce}, publishes the event in its
	 * transaction.
	 */
	void record(Fixture f, UUID task, String creditCode, LocalDate on, String findings, String result,
			boolean announce) {
		this.tx.executeWithoutResult(s -> {
			this.jdbc.sql("""
					insert into inspection_record (assignment_id, inspected_on, inspectors, location, findings, result,
					  follow_up, rectify_by, recorded_by, recorded_at)
					values (:id, :on, '["O-001","O-003"]'::jsonb, '现场', :findings, :result, :followUp, :rectifyBy,
					  'officer1', now())
					""")
				.param("id", task)
				.param("on", on)
				.param("findings", findings)
				.param("result", result)
				.param("followUp", "责令整改，整改联系人" + CONTACT + "，电话" + MOBILE)
				.param("rectifyBy", on.plusDays(30))
				.update();
			if (announce) {
				this.events.publishEvent(new InspectionRecorded(task, f.plan().id(), f.plan().number(), creditCode, on,
						result, "officer1", Instant.now()));
			}
		});
	}

}
