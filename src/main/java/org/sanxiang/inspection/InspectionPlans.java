package org.sanxiang.inspection;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.Item;
import org.sanxiang.catalog.Unit;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.InputRejected.FieldError;
import org.sanxiang.platform.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announces inspection plans and cancels them. A plan fixes, before its draw, everything
 * the draw depends on except the tree head that gives the seed: the items, the target
 * filter, the sample, the inspectors per target (at least two, 行政处罚法 第四十二条, JL-7), the
 * pool's units, the period and the draw time. Nothing about a plan changes after it is
 * announced; a plan found wrong is cancelled with a public reason and replaced by a new
 * one, so a draw is never repeated under the same plan.
 */
@Service
class InspectionPlans {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final InspectionStore store;

	private final TargetRegister register;

	private final Catalog catalog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InspectionPlans(InspectionStore store, TargetRegister register, Catalog catalog, ApplicationEventPublisher events,
			Clock clock) {
		this.store = store;
		this.register = register;
		this.catalog = catalog;
		this.events = events;
		this.clock = clock;
	}

	/** What a 负责人 fills in to announce a plan. */
	record PlanForm(String title, List<String> itemCodes, List<String> areas, List<String> industries,
			List<String> licensedItems, Integer sampleSize, BigDecimal samplePercent, Integer inspectorsPerTarget,
			List<String> inspectorUnits, LocalDate periodStart, LocalDate periodEnd, Instant drawAt, UUID replaces) {
	}

	@Transactional(readOnly = true)
	List<Plan> plans(String agencyCode) {
		return this.store.plans().stream().filter(p -> p.agencyCode().equals(agencyCode)).toList();
	}

	@Transactional(readOnly = true)
	Plan plan(String agencyCode, UUID id) {
		return this.store.plan(id, false)
			.filter(p -> p.agencyCode().equals(agencyCode))
			.orElseThrow(() -> new NotFound("没有这个抽查计划"));
	}

	/** The eligible targets of a filter today, sorted by credit code. */
	@Transactional(readOnly = true)
	List<String> population(String agencyCode, TargetFilter filter) {
		Map<String, List<String>> licensed = this.register.licensedItems(agencyCode);
		return this.store.targets(agencyCode)
			.stream()
			.filter(t -> filter.matches(t, licensed.getOrDefault(t.creditCode(), List.of())))
			.map(Target::creditCode)
			.sorted()
			.toList();
	}

	/**
	 * Announces a plan. Every field is checked first; a sample larger than today's
	 * population or a pool smaller than the inspectors asked per target is refused now
	 * rather than at the draw.
	 */
	@Transactional
	Plan announce(String agencyCode, PlanForm form, String actor) {
		List<FieldError> errors = new ArrayList<>();
		String title = TargetRegister.required(form.title(), "title", "计划名称", 200, errors);
		List<String> listed = this.catalog.randomInspectionList()
			.stream()
			.filter(i -> i.agencyCode().equals(agencyCode))
			.map(Item::code)
			.toList();
		List<String> items = clean(form.itemCodes());
		if (items.isEmpty()) {
			errors.add(new FieldError("itemCodes", "请至少选择一项随机抽查事项"));
		}
		for (String code : items) {
			if (!listed.contains(code)) {
				errors.add(new FieldError("itemCodes", "事项 " + code + " 不在本局的随机抽查事项清单中"));
			}
		}
		List<String> licensedItems = clean(form.licensedItems());
		for (String code : licensedItems) {
			if (this.catalog.item(code).isEmpty()) {
				errors.add(new FieldError("licensedItems", "没有编码为 " + code + " 的事项"));
			}
		}
		if ((form.sampleSize() == null) == (form.samplePercent() == null)) {
			errors.add(new FieldError("sampleSize", "请填写抽取户数或抽取比例（二者选一）"));
		}
		else if (form.sampleSize() != null && form.sampleSize() < 1) {
			errors.add(new FieldError("sampleSize", "抽取户数应至少为 1"));
		}
		else if (form.samplePercent() != null && (form.samplePercent().signum() <= 0
				|| form.samplePercent().compareTo(BigDecimal.valueOf(100)) > 0 || form.samplePercent().scale() > 2)) {
			errors.add(new FieldError("samplePercent", "抽取比例应大于 0、不超过 100，最多两位小数"));
		}
		// 行政处罚法 第四十二条, 行政许可法 第三十四条 (JL-7): two certified officers at least
		int perTarget = (form.inspectorsPerTarget() == null) ? 0 : form.inspectorsPerTarget();
		if (perTarget < 2) {
			errors.add(new FieldError("inspectorsPerTarget", "每个检查对象至少需要 2 名执法人员"));
		}
		else if (perTarget > 10) {
			errors.add(new FieldError("inspectorsPerTarget", "每个检查对象的执法人员不超过 10 名"));
		}
		List<String> units = clean(form.inspectorUnits());
		for (String code : units) {
			if (this.catalog.unit(code).map(Unit::agencyCode).filter(agencyCode::equals).isEmpty()) {
				errors.add(new FieldError("inspectorUnits", "没有编码为 " + code + " 的本局内设机构"));
			}
		}
		LocalDate today = LocalDate.now(this.clock.withZone(BEIJING));
		Instant now = this.clock.instant();
		if (form.periodStart() == null || form.periodEnd() == null) {
			errors.add(new FieldError("periodStart", "请填写检查期间的起止日期"));
		}
		else if (form.periodEnd().isBefore(form.periodStart())) {
			errors.add(new FieldError("periodEnd", "检查期间的结束日期不能早于开始日期"));
		}
		else if (form.periodEnd().isBefore(today)) {
			errors.add(new FieldError("periodEnd", "检查期间已经结束"));
		}
		if (form.drawAt() == null) {
			errors.add(new FieldError("drawAt", "请填写抽取时间"));
		}
		else if (!form.drawAt().isAfter(now)) {
			// the seed must be unknown when the plan is fixed: the draw lies in the
			// future
			errors.add(new FieldError("drawAt", "抽取时间必须晚于现在：抽取所用的随机种子在公布计划时还不存在"));
		}
		else if (form.periodEnd() != null && form.drawAt().atZone(BEIJING).toLocalDate().isAfter(form.periodEnd())) {
			errors.add(new FieldError("drawAt", "抽取时间不能晚于检查期间的结束日期"));
		}
		Plan replaced = null;
		if (form.replaces() != null) {
			replaced = this.store.plan(form.replaces(), false)
				.filter(p -> p.agencyCode().equals(agencyCode))
				.orElse(null);
			if (replaced == null) {
				errors.add(new FieldError("replaces", "要替代的抽查计划不存在"));
			}
			else if (replaced.status() != PlanStatus.CANCELLED) {
				errors.add(new FieldError("replaces", "只能替代已作废的抽查计划"));
			}
			else if (this.store.replacementOf(replaced.id()).isPresent()) {
				errors.add(new FieldError("replaces", "计划 " + replaced.number() + " 已由另一计划替代"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InputRejected(InputRejected.Kind.INVALID, errors);
		}
		TargetFilter filter = new TargetFilter(clean(form.areas()), clean(form.industries()), licensedItems);
		Plan plan = new Plan(UUID.randomUUID(), null, agencyCode, title, items, filter, form.sampleSize(),
				form.samplePercent(), perTarget, units, form.periodStart(), form.periodEnd(), form.drawAt(),
				PlanStatus.ANNOUNCED, form.replaces(), actor, now, null, null, null);
		int population = population(agencyCode, filter).size();
		if (population == 0) {
			throw InputRejected.unprocessable("areas", "检查对象名录中没有符合条件的对象");
		}
		int sample = plan.sampleOf(population);
		if (sample > population) {
			throw InputRejected.unprocessable("sampleSize", "抽取数量 " + sample + " 超过符合条件的检查对象数 " + population);
		}
		LocalDate drawDay = form.drawAt().atZone(BEIJING).toLocalDate();
		int pool = this.register.pool(agencyCode, units, drawDay).size();
		if (pool < perTarget) {
			throw InputRejected.unprocessable("inspectorsPerTarget",
					"执法人员库中在抽取日持有有效执法证的只有 " + pool + " 名，少于每个检查对象所需的 " + perTarget + " 名");
		}
		int year = today.getYear();
		String number = "CC-" + year + "-" + String.format("%04d", this.store.nextNumber(year));
		plan = new Plan(plan.id(), number, plan.agencyCode(), plan.title(), plan.itemCodes(), plan.filter(),
				plan.sampleSize(), plan.samplePercent(), plan.inspectorsPerTarget(), plan.inspectorUnits(),
				plan.periodStart(), plan.periodEnd(), plan.drawAt(), plan.status(), plan.replaces(), plan.createdBy(),
				plan.createdAt(), null, null, null);
		this.store.addPlan(plan);
		this.events.publishEvent(new InspectionPlanAnnounced(plan.id(), number, agencyCode, items, plan.sampleSize(),
				plan.samplePercent(), perTarget, plan.periodStart(), plan.periodEnd(), plan.drawAt(), plan.replaces(),
				actor, now));
		return plan;
	}

	/**
	 * Cancels a plan, before or after its draw, with a public reason. Its draw stays
	 * visible; drawing again needs a new plan. A plan with a recorded inspection is not
	 * cancelled: its results stand.
	 */
	@Transactional
	Plan cancel(String agencyCode, UUID id, String reason, String actor) {
		Plan plan = this.store.plan(id, true)
			.filter(p -> p.agencyCode().equals(agencyCode))
			.orElseThrow(() -> new NotFound("没有这个抽查计划"));
		List<FieldError> errors = new ArrayList<>();
		String why = TargetRegister.required(reason, "reason", "作废理由", 500, errors);
		if (!errors.isEmpty()) {
			throw new InputRejected(InputRejected.Kind.INVALID, errors);
		}
		if (plan.status() == PlanStatus.CANCELLED) {
			throw InputRejected.conflict("id", "抽查计划 " + plan.number() + " 已作废");
		}
		if (this.store.hasRecords(id)) {
			throw InputRejected.conflict("id", "抽查计划 " + plan.number() + " 已有检查记录，不能作废");
		}
		return cancelled(plan, why, actor);
	}

	/** Marks the plan cancelled and journals it; the caller holds the plan's lock. */
	Plan cancelled(Plan plan, String reason, String actor) {
		Instant now = this.clock.instant();
		this.store.cancel(plan.id(), actor, now, reason);
		this.events.publishEvent(new InspectionPlanCancelled(plan.id(), plan.number(),
				plan.status() == PlanStatus.DRAWN, reason, actor, now));
		return this.store.plan(plan.id(), false).orElseThrow();
	}

	private static List<String> clean(List<String> values) {
		if (values == null) {
			return List.of();
		}
		return values.stream().map(TargetRegister::strip).filter(v -> v != null).distinct().toList();
	}

}
