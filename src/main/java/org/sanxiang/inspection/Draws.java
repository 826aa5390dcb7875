package org.sanxiang.inspection;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanxiang.catalog.Officer;
import org.sanxiang.journal.Journal;
import org.sanxiang.journal.TreeHead;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes each announced plan's draw once its time has come, with the seed of the first
 * signed tree head of the journal at or after the announced time ({@link RandomDraw}).
 * When no head has been signed since that time, the draw first appends an entry saying
 * the draw is due and signs a head covering it, so the draw never waits on other work. A
 * draw that cannot be made (fewer eligible targets than the sample, too few inspectors
 * without conflict) cancels its plan with the reason: it is never retried under the same
 * plan. Runs on every node; the plan's row lock lets one draw it.
 */
@Service
class Draws {

	private static final Logger log = LoggerFactory.getLogger(Draws.class);

	static final String SYSTEM = "system";

	private final InspectionStore store;

	private final InspectionPlans plans;

	private final TargetRegister register;

	private final Journal journal;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Draws(InspectionStore store, InspectionPlans plans, TargetRegister register, Journal journal,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.store = store;
		this.plans = plans;
		this.register = register;
		this.journal = journal;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	// 抽取写库并记入全过程记录：只在一个节点上运行，以免两节点同时抽取同一计划
	@SchedulerLock(name = "inspection-draws", lockAtMostFor = "PT10M",
			lockAtLeastFor = "${sanxiang.scheduling.lock-at-least-for:PT5S}")
	@Scheduled(fixedDelayString = "${sanxiang.inspection.draw-interval:15s}",
			initialDelayString = "${sanxiang.inspection.draw-initial-delay:20s}")
	void scheduled() {
		try {
			drawDue();
		}
		catch (RuntimeException ex) {
			log.warn("抽查计划的定时抽取未能完成，将在下次重试", ex);
		}
	}

	/** Draws every announced plan whose time has come; the number drawn or cancelled. */
	int drawDue() {
		int done = 0;
		for (UUID id : this.store.due(this.clock.instant())) {
			if (draw(id)) {
				done++;
			}
		}
		return done;
	}

	/**
	 * Draws one plan if it is still announced and due. True when it was drawn or, the
	 * draw being impossible, cancelled.
	 */
	boolean draw(UUID planId) {
		Optional<Plan> due = this.store.plan(planId, false)
			.filter(p -> p.status() == PlanStatus.ANNOUNCED && !p.drawAt().isAfter(this.clock.instant()));
		if (due.isEmpty()) {
			return false;
		}
		if (this.journal.firstTreeHeadAtOrAfter(due.get().drawAt()).isEmpty()) {
			this.transactions.executeWithoutResult(tx -> this.events.publishEvent(new InspectionDrawDue(planId,
					due.get().number(), due.get().drawAt(), SYSTEM, this.clock.instant())));
			this.journal.signTreeHead();
		}
		Boolean drawn = this.transactions.execute(tx -> drawLocked(planId));
		return Boolean.TRUE.equals(drawn);
	}

	private boolean drawLocked(UUID planId) {
		Plan plan = this.store.plan(planId, true).orElseThrow();
		if (plan.status() != PlanStatus.ANNOUNCED) {
			return false;
		}
		Optional<TreeHead> found = this.journal.firstTreeHeadAtOrAfter(plan.drawAt());
		if (found.isEmpty()) {
			// another node holds the tree lock and will sign; the next run draws
			return false;
		}
		TreeHead head = found.get();
		LocalDate drawDay = plan.drawAt().atZone(InspectionPlans.BEIJING).toLocalDate();
		List<String> population = this.plans.population(plan.agencyCode(), plan.filter());
		List<Officer> officers = this.register.pool(plan.agencyCode(), plan.inspectorUnits(), drawDay);
		List<String> pool = officers.stream().map(Officer::id).toList();
		Map<String, Map<String, String>> conflicts = this.register.conflicts(plan.agencyCode());
		byte[] seed = RandomDraw.seed(plan.id(), plan.drawAt(), head.size(), head.root());
		int sample = population.isEmpty() ? 0 : plan.sampleOf(population.size());
		RandomDraw.Draw draw;
		try {
			if (population.isEmpty()) {
				throw new RandomDraw.DrawRefused("检查对象名录中没有符合条件的对象");
			}
			draw = RandomDraw.draw(seed, population, sample, pool, plan.inspectorsPerTarget(),
					(target, officer) -> Optional.ofNullable(conflicts.getOrDefault(target, Map.of()).get(officer)));
		}
		catch (RandomDraw.DrawRefused ex) {
			log.warn("抽查计划 {} 未能抽取：{}", plan.number(), ex.getMessage());
			this.plans.cancelled(plan, "抽取未能进行：" + ex.getMessage() + "。须另行制定计划。", SYSTEM);
			return true;
		}
		Map<String, String> names = new LinkedHashMap<>();
		this.store.targets(plan.agencyCode()).forEach(t -> names.put(t.creditCode(), t.name()));
		List<DrawResult.Assignment> assignments = new ArrayList<>();
		int position = 1;
		for (Map.Entry<String, List<String>> e : draw.assignments().entrySet()) {
			assignments.add(new DrawResult.Assignment(UUID.randomUUID(), plan.id(), position++, e.getKey(),
					names.get(e.getKey()), e.getValue()));
		}
		List<DrawResult.Exclusion> exclusions = draw.exclusions()
			.stream()
			.map(x -> new DrawResult.Exclusion(x.target(), x.inspector(), x.reason()))
			.toList();
		Instant now = this.clock.instant();
		String seedHex = HexFormat.of().formatHex(seed);
		DrawResult result = new DrawResult(plan.id(), RandomDraw.VERSION, plan.drawAt(), head.size(), head.root(),
				head.at(), head.keyId(), head.signature(), seedHex, population, pool, sample, now, assignments,
				exclusions);
		this.store.addDraw(result);
		this.store.markDrawn(plan.id());
		this.events.publishEvent(new InspectionDrawn(plan.id(), plan.number(), RandomDraw.VERSION, head.size(),
				head.root(), seedHex, population.size(), sm3Lines(population), pool.size(), sm3Lines(pool),
				List.copyOf(draw.assignments().keySet()), exclusions.size(), SYSTEM, now));
		log.info("抽查计划 {} 已抽取：{} 个检查对象，种子 {}（树头 {}）", plan.number(), assignments.size(), seedHex, head.size());
		return true;
	}

	/**
	 * Repeats a stored draw from its public inputs and says whether it gives the stored
	 * result (the check anyone can make, done here for the console).
	 */
	boolean reproduces(DrawResult d, Plan plan) {
		byte[] seed = RandomDraw.seed(plan.id(), d.drawAt(), d.treeSize(), d.treeRoot());
		if (!HexFormat.of().formatHex(seed).equals(d.seed())) {
			return false;
		}
		Map<String, java.util.Set<String>> excluded = new LinkedHashMap<>();
		d.exclusions()
			.forEach(x -> excluded.computeIfAbsent(x.creditCode(), k -> new java.util.HashSet<>()).add(x.officerId()));
		RandomDraw.Draw again;
		try {
			// exclusions are recorded only for drawn targets, which are the only ones the
			// inspector streams read
			again = RandomDraw.draw(seed, d.population(), d.sampleSize(), d.pool(), plan.inspectorsPerTarget(),
					(target, officer) -> excluded.getOrDefault(target, java.util.Set.of()).contains(officer)
							? Optional.of("回避") : Optional.empty());
		}
		catch (RandomDraw.DrawRefused ex) {
			return false;
		}
		List<String> stored = d.assignments().stream().map(a -> a.creditCode() + "=" + a.inspectorIds()).toList();
		List<String> computed = again.assignments()
			.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + e.getValue())
			.toList();
		return stored.equals(computed);
	}

	/** SM3 of the values, one per line (LF-terminated), in lower-case hex. */
	static String sm3Lines(List<String> values) {
		SM3Digest digest = new SM3Digest();
		for (String v : values) {
			byte[] line = (v + "\n").getBytes(StandardCharsets.UTF_8);
			digest.update(line, 0, line.length);
		}
		byte[] out = new byte[32];
		digest.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}

}
