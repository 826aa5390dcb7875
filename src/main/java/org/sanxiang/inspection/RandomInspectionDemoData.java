package org.sanxiang.inspection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanxiang.casework.GrantedLicences;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.CreditCode;
import org.sanxiang.catalog.Item;
import org.sanxiang.platform.Installation;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Xintian bureau's 双随机 demo, made once into a demo installation (never in
 * production), after the licensing demo whose granted licences it reads: a register of
 * fictional enterprises (示例) — the holders of the demo licences among them, so that their
 * handling officers are kept away automatically — with one declared conflict; a plan
 * cancelled before its draw and the plan that replaces it, drawn at start-up from the
 * tree head signed then; and a plan announced for tomorrow 09:00.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 450)
class RandomInspectionDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RandomInspectionDemoData.class);

	static final String ACTOR = "system";

	private final Installation installation;

	private final Catalog catalog;

	private final InspectionStore store;

	private final TargetRegister register;

	private final GrantedLicences granted;

	private final Draws draws;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	RandomInspectionDemoData(Installation installation, Catalog catalog, InspectionStore store, TargetRegister register,
			GrantedLicences granted, Draws draws, ApplicationEventPublisher events, TransactionTemplate transaction,
			Clock clock) {
		this.installation = installation;
		this.catalog = catalog;
		this.store = store;
		this.register = register;
		this.granted = granted;
		this.draws = draws;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<Item> listed = this.catalog.randomInspectionList();
		if (!this.installation.demo() || listed.isEmpty() || !this.store.allTargets().isEmpty()) {
			return;
		}
		String agency = listed.get(0).agencyCode();
		UUID drawn = this.transaction.execute(status -> load(agency, listed.get(0).code()));
		this.draws.draw(drawn);
		log.info("已载入演示数据：检查对象名录（{}户）和双随机抽查计划（{}个）", this.store.targets(agency).size(), this.store.plans().size());
	}

	private UUID load(String agency, String item) {
		String[][] towns = { { "金陵镇", "制造业" }, { "骥村镇", "农副食品加工业" }, { "新圩镇", "建筑业" }, { "石羊镇", "制造业" },
				{ "金陵镇", "电力、热力生产和供应业" }, { "骥村镇", "制造业" }, { "新圩镇", "批发和零售业" }, { "石羊镇", "农副食品加工业" }, { "金陵镇", "建筑业" },
				{ "骥村镇", "电力、热力生产和供应业" }, { "新圩镇", "制造业" }, { "石羊镇", "建筑业" } };
		String[] names = { "新田县金陵示例机械制造有限公司", "新田县骥村示例粮油加工有限公司", "新田县新圩示例建设工程有限公司", "新田县石羊示例新材料有限公司", "新田县金陵示例光伏发电有限公司",
				"新田县骥村示例电子科技有限公司", "新田县新圩示例商贸有限公司", "新田县石羊示例食品有限公司", "新田县金陵示例路桥工程有限公司", "新田县骥村示例生物质能源有限公司",
				"新田县新圩示例家具制造有限公司", "新田县石羊示例建材有限公司" };
		for (int i = 0; i < names.length; i++) {
			String first17 = "91431128MA4M" + String.format("%04d", i + 1) + "8";
			String code = first17 + CreditCode.checkCharacter(first17);
			List<Target.HeldLicence> licences = (i % 3 == 0)
					? List.of(new Target.HeldLicence("营业执照", code, "新田县市场监督管理局", null, null, null)) : List.of();
			this.register.save(agency,
					new TargetRegister.TargetForm(code, names[i], "法人及非法人组织", "示例" + (i + 1) + "（虚构）",
							"新田县" + towns[i][0] + "示例工业园" + (i + 1) + "号（虚构）", towns[i][0], towns[i][1], licences,
							true),
					ACTOR);
		}
		// the holders of the licences granted in the licensing demo: their officers are
		// kept
		// away from them without anyone declaring it
		for (GrantedLicences.GrantedLicence l : this.granted.toOrganisations()) {
			if (agency.equals(l.agencyCode()) && this.store.target(agency, l.creditCode()).isEmpty()) {
				this.register.save(agency, new TargetRegister.TargetForm(l.creditCode(), l.holder(), "法人及非法人组织", null,
						"新田县龙泉镇（虚构）", "龙泉镇", "制造业", List.of(), true), ACTOR);
			}
		}
		String first = this.store.targets(agency).get(0).creditCode();
		this.register.declareConflict(agency, first, "O-004", "亲属关系", "近亲属在该企业任职（示例）", ACTOR);

		Instant now = this.clock.instant();
		LocalDate today = now.atZone(InspectionPlans.BEIJING).toLocalDate();
		TargetFilter towns3 = new TargetFilter(List.of("金陵镇", "骥村镇", "新圩镇", "石羊镇"), List.of(), List.of());
		Plan cancelled = plan(agency, item, "2026年企业投资项目事中事后监管随机抽查（第一批）", towns3, 8, today,
				now.plus(Duration.ofDays(1)), null, now.minus(Duration.ofDays(2)));
		this.store.cancel(cancelled.id(), "director", now.minus(Duration.ofDays(1)),
				"抽取户数误填为 8 户，超过年度计划比例，作废后重新公布（示例）");
		this.events.publishEvent(new InspectionPlanCancelled(cancelled.id(), cancelled.number(), false,
				"抽取户数误填为 8 户，超过年度计划比例，作废后重新公布（示例）", "director", now.minus(Duration.ofDays(1))));
		Plan drawn = plan(agency, item, "2026年企业投资项目事中事后监管随机抽查（第一批，重新公布）", towns3, 3, today, now, cancelled.id(),
				now.minus(Duration.ofDays(1)));
		plan(agency, item, "2026年企业投资项目事中事后监管随机抽查（第二批）", TargetFilter.all(), 2, today.plusDays(1),
				today.plusDays(1).atTime(9, 0).atZone(InspectionPlans.BEIJING).toInstant(), null, now);
		return drawn.id();
	}

	/**
	 * A plan as announced on {@code announcedAt}, stored directly (its draw time may have
	 * come).
	 */
	private Plan plan(String agency, String item, String title, TargetFilter filter, int sample, LocalDate from,
			Instant drawAt, UUID replaces, Instant announcedAt) {
		int year = from.getYear();
		String number = "CC-" + year + "-" + String.format("%04d", this.store.nextNumber(year));
		Plan plan = new Plan(UUID.randomUUID(), number, agency, title, List.of(item), filter, sample, null, 2,
				List.of(), from, from.plusDays(60), drawAt, PlanStatus.ANNOUNCED, replaces, "director", announcedAt,
				null, null, null);
		this.store.addPlan(plan);
		this.events.publishEvent(new InspectionPlanAnnounced(plan.id(), number, agency, plan.itemCodes(), sample, null,
				2, plan.periodStart(), plan.periodEnd(), drawAt, replaces, "director", announcedAt));
		return plan;
	}

}
