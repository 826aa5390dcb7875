package org.sanxiang.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.Certificate;
import org.sanxiang.catalog.Item;
import org.sanxiang.catalog.Officer;
import org.sanxiang.evidence.Activity;
import org.sanxiang.evidence.EvidenceItem;
import org.sanxiang.evidence.EvidenceVault;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carrying out a drawn inspection: the drawn inspectors' tasks, the field sheet of one
 * assignment, and recording its result — once, by two or more of the drawn inspectors
 * whose 行政执法证 is valid on the day (JL-7, ZJ-1), within the plan's period, and only with
 * the audio/video of the visit held by the evidence module or an approved exemption
 * (JL-3, JL-5). One transaction per record; the {@link InspectionRecorded} entry is
 * journaled in it.
 */
@Service
class InspectionWork {

	/** The findings' length limit (the column is text; the form says so). */
	static final int FINDINGS_MAX = 4000;

	static final int LOCATION_MAX = 300;

	/** JL-7: 行政处罚法 第四十二条 — two or more certified officers. */
	static final int MINIMUM_INSPECTORS = 2;

	static final String EVIDENCE_MISSING = "随机抽查须有现场录音录像（或经负责人批准免于记录的理由）后才能登记结果";

	private final InspectionStore store;

	private final InspectionRecords records;

	private final Catalog catalog;

	private final EvidenceVault evidence;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InspectionWork(InspectionStore store, InspectionRecords records, Catalog catalog, EvidenceVault evidence,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.records = records;
		this.catalog = catalog;
		this.evidence = evidence;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What the inspectors report.
	 *
	 * @param inspectedOn the day of the visit
	 * @param inspectors the drawn inspectors present, each with the certificate shown
	 * @param result 未发现问题, 责令整改, 移送立案 or 其他
	 * @param followUp required for 移送立案 and 其他
	 * @param rectifyBy required for 责令整改, after the inspection day
	 */
	record Command(LocalDate inspectedOn, List<Shown> inspectors, String location, String findings, String result,
			String followUp, LocalDate rectifyBy) {

		Command {
			inspectors = inspectors == null ? List.of() : inspectors.stream().filter(s -> s != null).toList();
		}

	}

	/**
	 * An inspector present and the certificate number shown (亮证); without a number the
	 * catalog's is taken.
	 */
	record Shown(String officerId, String certificateNumber) {
	}

	/** A drawn inspection as its inspectors' task list shows it. */
	record Task(DrawResult.Assignment assignment, Plan plan, InspectionRecord record, boolean overdue) {

		// public: the pages' expressions call it
		public boolean open() {
			return this.record == null;
		}

	}

	/** A drawn inspector as the field sheet shows them, with the standing today. */
	record Inspector(String officerId, String name, String post, String certificateNumber, String standing,
			boolean validToday, String account) {
	}

	/** Everything the inspectors need at the target. */
	record Sheet(DrawResult.Assignment assignment, Plan plan, Target target, List<Item> items,
			List<String> missingItems, List<Inspector> inspectors, InspectionRecord record, List<EvidenceItem> evidence,
			boolean recorded, String exemption, boolean overdue, LocalDate today) {

		/** The evidence gate is met (JL-3, JL-5). */
		public boolean evidenceReady() {
			return this.recorded || this.exemption != null;
		}

	}

	/** The catalog officer whose staff account this is. */
	Optional<Officer> officerOf(String account) {
		if (account == null) {
			return Optional.empty();
		}
		return this.catalog.officers().stream().filter(o -> account.equalsIgnoreCase(o.account())).findFirst();
	}

	/** The officer's assignments of drawn plans: open ones first, then by period end. */
	@Transactional(readOnly = true)
	List<Task> tasksOf(String account) {
		Optional<Officer> officer = officerOf(account);
		if (officer.isEmpty()) {
			return List.of();
		}
		return tasks(this.store.assignmentsOf(officer.get().id()));
	}

	/** Every assignment of drawn plans, for 负责人 and 督查. */
	@Transactional(readOnly = true)
	List<Task> allTasks() {
		List<DrawResult.Assignment> all = new ArrayList<>();
		for (Plan plan : this.store.plans()) {
			if (plan.status() == PlanStatus.DRAWN) {
				all.addAll(this.store.assignments(plan.id()));
			}
		}
		return tasks(all);
	}

	/** One assignment as a task; 404 when there is none. */
	@Transactional(readOnly = true)
	Task task(UUID assignmentId) {
		return tasks(List.of(assignment(assignmentId))).get(0);
	}

	private List<Task> tasks(List<DrawResult.Assignment> assignments) {
		LocalDate today = LocalDate.now(this.clock);
		Map<UUID, InspectionRecord> recorded = this.records
			.of(assignments.stream().map(DrawResult.Assignment::id).toList())
			.stream()
			.collect(Collectors.toMap(InspectionRecord::assignmentId, Function.identity()));
		Map<UUID, Plan> plans = new LinkedHashMap<>();
		List<Task> tasks = new ArrayList<>();
		for (DrawResult.Assignment a : assignments) {
			Plan plan = plans.computeIfAbsent(a.planId(), id -> this.store.plan(id, false).orElseThrow());
			InspectionRecord record = recorded.get(a.id());
			tasks.add(new Task(a, plan, record, record == null && today.isAfter(plan.periodEnd())));
		}
		tasks.sort(Comparator.comparing((Task t) -> !t.open())
			.thenComparing(t -> t.plan().periodEnd())
			.thenComparing(t -> t.plan().number())
			.thenComparing(t -> t.assignment().position()));
		return List.copyOf(tasks);
	}

	/** The field sheet of an assignment; 404 when there is none. */
	@Transactional(readOnly = true)
	Sheet sheet(UUID assignmentId) {
		DrawResult.Assignment a = assignment(assignmentId);
		Plan plan = this.store.plan(a.planId(), false).orElseThrow(() -> new NotFound("抽查计划不存在"));
		LocalDate today = LocalDate.now(this.clock);
		Target target = this.store.target(plan.agencyCode(), a.creditCode()).orElse(null);
		List<Item> items = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (String code : plan.itemCodes()) {
			this.catalog.item(code).ifPresentOrElse(items::add, () -> missing.add(code));
		}
		List<Inspector> inspectors = new ArrayList<>();
		for (String id : a.inspectorIds()) {
			Optional<Officer> o = this.catalog.officer(id);
			if (o.isEmpty()) {
				inspectors.add(new Inspector(id, id, null, null, "不在执法人员名录中", false, null));
				continue;
			}
			Officer officer = o.get();
			Certificate c = officer.certificate();
			inspectors.add(new Inspector(id, officer.name(), officer.post(), c == null ? null : c.number(),
					standing(c, today), officer.certifiedOn(today), officer.account()));
		}
		InspectionRecord record = this.records.of(assignmentId).orElse(null);
		boolean recorded = !this.evidence.recordingsOf(assignmentId, Activity.RANDOM_INSPECTION).isEmpty();
		String exemption = this.evidence.approvedExemption(assignmentId, Activity.RANDOM_INSPECTION).orElse(null);
		return new Sheet(a, plan, target, List.copyOf(items), List.copyOf(missing), List.copyOf(inspectors), record,
				this.evidence.itemsOf(assignmentId), recorded, exemption,
				record == null && today.isAfter(plan.periodEnd()), today);
	}

	/**
	 * The record of an assignment, if it was recorded; 404 when there is no assignment.
	 */
	@Transactional(readOnly = true)
	Optional<InspectionRecord> recordOf(UUID assignmentId) {
		assignment(assignmentId);
		return this.records.of(assignmentId);
	}

	/**
	 * Records the result of a drawn inspection. Refused, with nothing written: 404 for an
	 * unknown assignment; 409 when its plan is cancelled or it is already recorded; 403
	 * when the account is not one of its drawn inspectors; 422 naming every field that
	 * breaks a rule, and when no audio/video of the visit is held (JL-3).
	 */
	@Transactional
	InspectionRecord record(UUID assignmentId, Command command, String actorAccount) {
		DrawResult.Assignment a = assignment(assignmentId);
		// locked: a cancellation and a record of the same plan do not cross
		Plan plan = this.store.plan(a.planId(), true).orElseThrow(() -> new NotFound("抽查计划不存在"));
		if (plan.status() == PlanStatus.CANCELLED) {
			throw InputRejected.conflict("plan", "抽查计划 " + plan.number() + " 已作废，不能登记检查结果");
		}
		if (plan.status() != PlanStatus.DRAWN) {
			throw InputRejected.conflict("plan", "抽查计划 " + plan.number() + " 尚未抽取，不能登记检查结果");
		}
		Optional<InspectionRecord> existing = this.records.of(assignmentId);
		if (existing.isPresent()) {
			throw alreadyRecorded(existing.get());
		}
		Officer actor = officerOf(actorAccount)
			.orElseThrow(() -> new NotAnInspector("当前账号未关联执法人员名录中的执法人员，不能登记检查结果：只有本次随机抽取的执法人员才能登记"));
		if (!a.inspectorIds().contains(actor.id())) {
			throw new NotAnInspector("只有本次随机抽取的执法人员才能登记检查结果，" + actor.name() + " 不在本检查对象的抽取名单中");
		}
		if (command == null) {
			command = new Command(null, List.of(), null, null, null, null, null);
		}
		LocalDate today = LocalDate.now(this.clock);
		List<InputRejected.FieldError> errors = new ArrayList<>();
		LocalDate on = command.inspectedOn();
		if (on == null) {
			errors.add(error("inspectedOn", "请填写检查日期"));
		}
		else if (on.isAfter(today)) {
			errors.add(error("inspectedOn", "检查日期不能晚于今天（" + today + "）"));
		}
		else if (on.isBefore(plan.periodStart()) || on.isAfter(plan.periodEnd())) {
			errors.add(error("inspectedOn", "检查日期应在抽查计划的检查期间内（" + plan.periodStart() + " 至 " + plan.periodEnd() + "）"));
		}
		List<InspectionRecord.Present> present = present(a, command.inspectors(), on, errors);
		String result = text(command.result());
		if (result == null) {
			errors.add(error("result", "请选择检查结果（未发现问题、责令整改、移送立案或其他）"));
		}
		else if (!InspectionRecord.RESULTS.contains(result)) {
			errors.add(error("result", "检查结果应为未发现问题、责令整改、移送立案或其他"));
		}
		String findings = text(command.findings());
		if (findings == null) {
			errors.add(error("findings", "请填写检查情况"));
		}
		else if (findings.length() > FINDINGS_MAX) {
			errors.add(error("findings", "检查情况不能超过 " + FINDINGS_MAX + " 字"));
		}
		String location = text(command.location());
		if (location != null && location.length() > LOCATION_MAX) {
			errors.add(error("location", "检查地点不能超过 " + LOCATION_MAX + " 字"));
		}
		String followUp = text(command.followUp());
		if (followUp != null && followUp.length() > FINDINGS_MAX) {
			errors.add(error("followUp", "后续处理不能超过 " + FINDINGS_MAX + " 字"));
		}
		if ((InspectionRecord.REFER.equals(result) || InspectionRecord.OTHER.equals(result)) && followUp == null) {
			errors.add(error("followUp",
					InspectionRecord.REFER.equals(result) ? "移送立案的，请填写移送情况（移送机关、案由等）" : "检查结果为“其他”的，请说明后续处理"));
		}
		LocalDate rectifyBy = InspectionRecord.RECTIFY.equals(result) ? command.rectifyBy() : null;
		if (InspectionRecord.RECTIFY.equals(result)) {
			if (rectifyBy == null) {
				errors.add(error("rectifyBy", "责令整改的，请填写整改期限"));
			}
			else if (on != null && !rectifyBy.isAfter(on)) {
				errors.add(error("rectifyBy", "整改期限应晚于检查日期（" + on + "）"));
			}
		}
		// JL-3 (国办发〔2018〕118号): a random inspection is recorded on audio/video; a
		// 负责人 may approve recording none, with the reason (JL-5)
		if (this.evidence.recordingsOf(assignmentId, Activity.RANDOM_INSPECTION).isEmpty()
				&& this.evidence.approvedExemption(assignmentId, Activity.RANDOM_INSPECTION).isEmpty()) {
			errors.add(error("evidence", EVIDENCE_MISSING));
		}
		if (!errors.isEmpty()) {
			throw new InputRejected(InputRejected.Kind.UNPROCESSABLE, errors);
		}
		InspectionRecord record = new InspectionRecord(assignmentId, on, present, location, findings, result, followUp,
				rectifyBy, actorAccount, this.clock.instant());
		if (!this.records.add(record)) {
			throw alreadyRecorded(this.records.of(assignmentId).orElseThrow());
		}
		this.events.publishEvent(new InspectionRecorded(assignmentId, plan.id(), plan.number(), a.creditCode(), on,
				result, actorAccount, record.recordedAt()));
		return record;
	}

	/**
	 * The inspectors present, checked: drawn for this assignment, two or more (JL-7,
	 * 行政处罚法 第四十二条), each with a 行政执法证 valid on the day (持证上岗, ZJ-1) whose number is the
	 * one shown.
	 */
	private List<InspectionRecord.Present> present(DrawResult.Assignment a, List<Shown> shown, LocalDate on,
			List<InputRejected.FieldError> errors) {
		Map<String, Shown> distinct = new LinkedHashMap<>();
		for (Shown s : shown) {
			String id = text(s.officerId());
			if (id != null) {
				distinct.putIfAbsent(id, new Shown(id, text(s.certificateNumber())));
			}
		}
		List<InspectionRecord.Present> present = new ArrayList<>();
		for (Shown s : distinct.values()) {
			Optional<Officer> found = this.catalog.officer(s.officerId());
			String name = found.map(Officer::name).orElse(s.officerId());
			if (!a.inspectorIds().contains(s.officerId())) {
				errors.add(error("inspectors", "执法人员 " + name + " 不是本检查对象随机抽取的检查人员"));
				continue;
			}
			if (found.isEmpty()) {
				errors.add(error("inspectors", "执法人员 " + s.officerId() + " 不在执法人员名录中"));
				continue;
			}
			Officer officer = found.get();
			Certificate c = officer.certificate();
			if (c == null) {
				errors.add(error("inspectors", "执法人员 " + name + " 未持有行政执法证，不能从事行政检查"));
				continue;
			}
			if (on != null && !officer.certifiedOn(on)) {
				errors.add(error("inspectors", "执法人员 " + name + " 的执法证在检查当日无效（" + standing(c, on) + "）"));
			}
			if (s.certificateNumber() != null && !s.certificateNumber().equals(c.number())) {
				errors.add(error("inspectors",
						"执法人员 " + name + " 出示的执法证号 " + s.certificateNumber() + " 与名录记载的 " + c.number() + " 不符"));
			}
			present.add(new InspectionRecord.Present(officer.id(), officer.name(), c.number()));
		}
		// only the drawn count: someone else present does not make up the two
		long drawn = distinct.keySet().stream().filter(a.inspectorIds()::contains).count();
		if (drawn < MINIMUM_INSPECTORS) {
			errors.add(0, error("inspectors", "随机抽查须由两名以上执法人员进行（行政处罚法第四十二条），请勾选在场并出示执法证的抽中人员，本次仅 " + drawn + " 名"));
		}
		return present;
	}

	private DrawResult.Assignment assignment(UUID id) {
		return this.store.assignment(id).orElseThrow(() -> new NotFound("抽查任务不存在"));
	}

	private static InputRejected alreadyRecorded(InspectionRecord r) {
		return InputRejected.conflict("assignmentId",
				"该检查对象的抽查结果已于 " + r.inspectedOn() + " 登记（登记人 " + r.recordedBy() + "），不能重复登记");
	}

	/** The certificate's standing on a day, in words. */
	static String standing(Certificate c, LocalDate on) {
		if (c == null) {
			return "未持证";
		}
		return switch (c.standingOn(on)) {
			case VALID -> "有效";
			case SUSPENDED -> "已暂扣";
			case REVOKED -> "已注销";
			case EXPIRED -> "已过期，有效期至 " + c.validTo();
			case NOT_YET_VALID -> "尚未生效，自 " + c.validFrom() + " 起有效";
		};
	}

	private static InputRejected.FieldError error(String field, String message) {
		return new InputRejected.FieldError(field, message);
	}

	private static String text(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
