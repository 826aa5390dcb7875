package org.sanxiang.supervision.inspection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sanxiang.casework.CaseStatistics.DecidedCase;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.Unit;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.InputRejected.FieldError;
import org.sanxiang.platform.NotFound;
import org.sanxiang.supervision.ledger.RectificationTasks;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 督查 (SupervisionCheck): plans a check of a unit, draws its sample of closed cases from a
 * recorded seed, pre-fills each sampled case's checklist from the records, takes the
 * inspector's confirmation (an override needs a note), turns every point found 不符合 and
 * every other finding into a rectification task of the ledger, and completes the check.
 * Every command checks its input first (4xx with a Chinese message), checks the
 * inspector's scope (the units of their own agency), runs in one transaction and
 * publishes its event there for the journal (JL-1).
 */
@Service
class Inspections {

	static final int MAX_TITLE = 200;

	static final int MAX_TEXT = 2000;

	static final int MAX_NOTE = 500;

	static final int MAX_SAMPLE = 50;

	static final int DEFAULT_SAMPLE = 5;

	private final SupervisionChecks checks;

	private final CaseRecords records;

	private final RectificationTasks rectifications;

	private final CheckScope scope;

	private final Catalog catalog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecureRandom seeds = new SecureRandom();

	Inspections(SupervisionChecks checks, CaseRecords records, RectificationTasks rectifications, CheckScope scope,
			Catalog catalog, ApplicationEventPublisher events, Clock clock) {
		this.checks = checks;
		this.records = records;
		this.rectifications = rectifications;
		this.scope = scope;
		this.catalog = catalog;
		this.events = events;
		this.clock = clock;
	}

	/** A check with everything recorded in it. */
	record Details(SupervisionCheck check, List<SupervisionCheck.SampledCase> cases,
			List<SupervisionCheck.Point> points, List<SupervisionCheck.FindingRow> findings,
			Map<UUID, RectificationTasks.Closure> closures) {

		List<SupervisionCheck.Point> pointsOf(UUID caseId) {
			return this.points.stream().filter(p -> p.caseId().equals(caseId)).toList();
		}

	}

	/**
	 * The sample drawn again from the recorded seed over today's population.
	 *
	 * @param populationUnchanged whether the population's digest is the recorded one
	 * @param sameSample whether the same cases come out in the same order
	 */
	record SampleVerification(long seed, int population, String populationDigest, boolean populationUnchanged,
			List<String> redrawn, boolean sameSample) {
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	ZoneId zone() {
		return this.clock.getZone();
	}

	@Transactional(readOnly = true)
	List<SupervisionCheck> list() {
		return this.checks.all();
	}

	@Transactional(readOnly = true)
	Details open(UUID id) {
		SupervisionCheck check = this.checks.find(id).orElseThrow(Inspections::notFound);
		return details(check);
	}

	private Details details(SupervisionCheck check) {
		List<SupervisionCheck.FindingRow> findings = this.checks.findings(check.id());
		return new Details(check, this.checks.cases(check.id()), this.checks.points(check.id()), findings,
				this.rectifications
					.closures(findings.stream().map(SupervisionCheck.FindingRow::ledgerTaskId).toList()));
	}

	@Transactional
	UUID plan(CheckForm form, String actor) {
		List<FieldError> errors = new ArrayList<>();
		String title = form.title() == null ? "" : form.title().strip();
		if (title.isEmpty()) {
			errors.add(new FieldError("title", "请填写督查名称"));
		}
		else if (title.length() > MAX_TITLE) {
			errors.add(new FieldError("title", "督查名称不能超过" + MAX_TITLE + "个字"));
		}
		CheckKind kind = CheckKind.parse(form.kind());
		if (kind == null) {
			errors.add(new FieldError("kind", "请选择定期督查或不定期督查"));
		}
		String unitCode = form.unitCode() == null ? "" : form.unitCode().strip();
		Unit unit = unitCode.isEmpty() ? null : this.catalog.unit(unitCode).orElse(null);
		if (unit == null) {
			errors.add(new FieldError("unitCode", unitCode.isEmpty() ? "请选择被督查的股室" : "没有该股室：" + unitCode));
		}
		LocalDate today = today();
		if (form.periodFrom() == null || form.periodTo() == null) {
			errors.add(new FieldError("periodFrom", "请填写抽查案件的决定日期范围"));
		}
		else if (form.periodTo().isBefore(form.periodFrom())) {
			errors.add(new FieldError("periodTo", "截止日期不能早于起始日期"));
		}
		else if (form.periodTo().isAfter(today)) {
			errors.add(new FieldError("periodTo", "只抽查已办结的案件：截止日期不能晚于今天（" + today + "）"));
		}
		LocalDate scheduledOn = kind == CheckKind.PERIODIC ? form.scheduledOn() : today;
		if (kind == CheckKind.PERIODIC) {
			if (scheduledOn == null) {
				errors.add(new FieldError("scheduledOn", "定期督查请填写计划开展日期"));
			}
			else if (scheduledOn.isBefore(today)) {
				errors.add(new FieldError("scheduledOn", "计划开展日期不能早于今天（" + today + "）"));
			}
		}
		int size = form.sampleSize() == null ? DEFAULT_SAMPLE : form.sampleSize();
		if (size < 1 || size > MAX_SAMPLE) {
			errors.add(new FieldError("sampleSize", "抽查案件数应为 1 至 " + MAX_SAMPLE + " 件"));
		}
		if (!errors.isEmpty()) {
			throw new InputRejected(InputRejected.Kind.UNPROCESSABLE, errors);
		}
		this.scope.checkUnit(actor, unit);
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		this.checks.insert(id, title, kind, unit.agencyCode(), unit.code(), form.periodFrom(), form.periodTo(),
				scheduledOn, size, actor, now);
		this.events.publishEvent(new SupervisionCheckPlanned(id, title, kind.name(), unit.agencyCode(), unit.code(),
				form.periodFrom(), form.periodTo(), scheduledOn, size, actor, now));
		return id;
	}

	/**
	 * Draws the sample with the given seed (a new random one when {@code null}) and
	 * pre-fills each sampled case's checklist.
	 */
	@Transactional
	void draw(UUID id, Long seed, String actor) {
		SupervisionCheck check = this.checks.lock(id).orElseThrow(Inspections::notFound);
		this.scope.checkAgency(actor, check.agencyCode());
		if (check.sampled()) {
			throw InputRejected.conflict("seed", "该督查已抽样，随机种子为 " + check.seed() + "，不能重新抽取");
		}
		LocalDate today = today();
		if (today.isBefore(check.scheduledOn())) {
			throw InputRejected.unprocessable("seed", "该定期督查计划于 " + check.scheduledOn() + " 开展，届时方可抽取样本");
		}
		List<DecidedCase> population = this.records.population(check.unitCode(), check.periodFrom(), check.periodTo());
		if (population.isEmpty()) {
			throw InputRejected.unprocessable("seed",
					"该股室在 " + check.periodFrom() + " 至 " + check.periodTo() + " 期间没有已办结的案件，无法抽样");
		}
		long s = seed != null ? seed : this.seeds.nextLong();
		List<Integer> drawn = CaseSample.draw(population.size(), s, check.sampleSize());
		String digest = CaseSample.digest(population.stream().map(DecidedCase::number).toList());
		Instant now = this.clock.instant();
		this.checks.sampled(id, s, population.size(), digest, actor, now);
		List<UUID> caseIds = new ArrayList<>();
		int position = 1;
		for (int index : drawn) {
			DecidedCase c = population.get(index);
			UUID caseId = c.id().value();
			caseIds.add(caseId);
			this.checks.addCase(id, caseId, position++, c.number(), c.itemName() == null ? "" : c.itemName(),
					c.decidedOn());
			Checklist.prefill(this.records.record(c, today, zone()))
				.forEach((item, answer) -> this.checks.addPoint(id, caseId, item, answer.verdict(), answer.basis()));
		}
		this.events.publishEvent(new SupervisionCheckSampled(id, s, population.size(), digest, caseIds, actor, now));
	}

	/** Draws the sample again from the recorded seed, changing nothing. */
	@Transactional(readOnly = true)
	SampleVerification verifySample(UUID id) {
		SupervisionCheck check = this.checks.find(id).orElseThrow(Inspections::notFound);
		if (!check.sampled()) {
			throw InputRejected.unprocessable("seed", "该督查尚未抽样");
		}
		List<DecidedCase> population = this.records.population(check.unitCode(), check.periodFrom(), check.periodTo());
		List<String> numbers = population.stream().map(DecidedCase::number).toList();
		String digest = CaseSample.digest(numbers);
		List<String> redrawn = CaseSample.draw(population.size(), check.seed(), check.sampleSize())
			.stream()
			.map(numbers::get)
			.toList();
		List<String> recorded = this.checks.cases(id).stream().map(SupervisionCheck.SampledCase::caseNumber).toList();
		return new SampleVerification(check.seed(), population.size(), digest, digest.equals(check.populationDigest()),
				redrawn, redrawn.equals(recorded));
	}

	/**
	 * Confirms a sampled case's checklist. {@code verdicts} and {@code notes} are keyed
	 * by {@link ChecklistItem} name; a verdict that differs from the pre-filled answer
	 * needs a note. Each point confirmed 不符合 becomes a finding with a rectification task
	 * due on {@code rectificationDue}, owned by {@code owner}.
	 */
	@Transactional
	List<UUID> confirm(UUID id, UUID caseId, Map<String, String> verdicts, Map<String, String> notes,
			LocalDate rectificationDue, String owner, String actor) {
		SupervisionCheck check = this.checks.lock(id).orElseThrow(Inspections::notFound);
		this.scope.checkAgency(actor, check.agencyCode());
		if (check.status() == SupervisionCheck.Status.COMPLETED) {
			throw InputRejected.conflict("verdict", "该督查已完成，不能再修改检查表");
		}
		SupervisionCheck.SampledCase sampled = this.checks.cases(id)
			.stream()
			.filter(c -> c.caseId().equals(caseId))
			.findFirst()
			.orElseThrow(() -> new NotFound("该案件不在本次督查的抽查样本中"));
		if (sampled.confirmed()) {
			throw InputRejected.conflict("verdict", "该案件的检查表已确认，不能重复确认");
		}
		List<SupervisionCheck.Point> points = this.checks.points(id)
			.stream()
			.filter(p -> p.caseId().equals(caseId))
			.toList();
		List<FieldError> errors = new ArrayList<>();
		Map<ChecklistItem, Verdict> chosen = new LinkedHashMap<>();
		Map<ChecklistItem, String> noted = new LinkedHashMap<>();
		for (SupervisionCheck.Point p : points) {
			String key = p.item().name();
			String raw = verdicts == null ? null : verdicts.get(key);
			Verdict v = (raw == null || raw.isBlank()) ? p.prefilled() : Verdict.parse(raw);
			String note = notes == null || notes.get(key) == null ? "" : notes.get(key).strip();
			if (v == null) {
				errors.add(new FieldError("verdict." + key, p.item().label() + "：结论只能是符合、不符合或不适用"));
				continue;
			}
			if (v != p.prefilled() && note.isEmpty()) {
				errors.add(new FieldError("note." + key,
						p.item().label() + "：改判为「" + v.label() + "」（系统预填「" + p.prefilled().label() + "」）须注明理由"));
			}
			if (note.length() > MAX_NOTE) {
				errors.add(new FieldError("note." + key, p.item().label() + "：说明不能超过" + MAX_NOTE + "个字"));
			}
			chosen.put(p.item(), v);
			noted.put(p.item(), note.isEmpty() ? null : note);
		}
		boolean anyFail = chosen.containsValue(Verdict.FAIL);
		String who = owner == null ? "" : owner.strip();
		LocalDate today = today();
		if (anyFail) {
			rectificationErrors(rectificationDue, who, today, errors);
		}
		if (!errors.isEmpty()) {
			throw new InputRejected(InputRejected.Kind.UNPROCESSABLE, errors);
		}
		Instant now = this.clock.instant();
		List<String> overridden = new ArrayList<>();
		Map<String, String> recorded = new LinkedHashMap<>();
		List<UUID> findings = new ArrayList<>();
		for (SupervisionCheck.Point p : points) {
			Verdict v = chosen.get(p.item());
			this.checks.confirmPoint(id, caseId, p.item(), v, noted.get(p.item()));
			recorded.put(p.item().name(), v.name());
			if (v != p.prefilled()) {
				overridden.add(p.item().name());
			}
			if (v == Verdict.FAIL) {
				String why = noted.get(p.item()) != null ? noted.get(p.item()) : p.basis();
				String description = sampled.caseNumber() + " " + p.item().label() + "：不符合。" + why;
				findings.add(finding(check, caseId, p.item(), description, rectificationDue, who, actor, now));
			}
		}
		this.checks.confirmCase(id, caseId, actor, now);
		this.events.publishEvent(new SupervisionChecklistConfirmed(id, caseId, recorded, overridden, actor, now));
		return findings;
	}

	/** Records a finding that concerns the unit rather than a sampled case. */
	@Transactional
	UUID recordFinding(UUID id, String description, LocalDate rectificationDue, String owner, String actor) {
		SupervisionCheck check = this.checks.lock(id).orElseThrow(Inspections::notFound);
		this.scope.checkAgency(actor, check.agencyCode());
		if (check.status() != SupervisionCheck.Status.IN_PROGRESS) {
			throw InputRejected.conflict("description",
					check.status() == SupervisionCheck.Status.COMPLETED ? "该督查已完成，不能再记录问题" : "请先抽取样本，开展检查后再记录问题");
		}
		List<FieldError> errors = new ArrayList<>();
		String text = description == null ? "" : description.strip();
		if (text.isEmpty()) {
			errors.add(new FieldError("description", "请填写发现的问题"));
		}
		else if (text.length() > MAX_TEXT) {
			errors.add(new FieldError("description", "问题描述不能超过" + MAX_TEXT + "个字"));
		}
		String who = owner == null ? "" : owner.strip();
		rectificationErrors(rectificationDue, who, today(), errors);
		if (!errors.isEmpty()) {
			throw new InputRejected(InputRejected.Kind.UNPROCESSABLE, errors);
		}
		return finding(check, null, null, text, rectificationDue, who, actor, this.clock.instant());
	}

	@Transactional
	void complete(UUID id, String conclusion, String actor) {
		SupervisionCheck check = this.checks.lock(id).orElseThrow(Inspections::notFound);
		this.scope.checkAgency(actor, check.agencyCode());
		if (check.status() == SupervisionCheck.Status.COMPLETED) {
			throw InputRejected.conflict("conclusion", "该督查已完成");
		}
		if (!check.sampled()) {
			throw InputRejected.unprocessable("conclusion", "请先抽取样本并逐案确认检查表");
		}
		long open = this.checks.cases(id).stream().filter(c -> !c.confirmed()).count();
		if (open > 0) {
			throw InputRejected.unprocessable("conclusion", "还有 " + open + " 件抽查案件的检查表未确认，不能完成督查");
		}
		String text = conclusion == null ? "" : conclusion.strip();
		if (text.isEmpty()) {
			throw InputRejected.unprocessable("conclusion", "请填写督查结论");
		}
		if (text.length() > MAX_TEXT) {
			throw InputRejected.unprocessable("conclusion", "督查结论不能超过" + MAX_TEXT + "个字");
		}
		LocalDate today = today();
		this.checks.complete(id, today, actor, text);
		int findings = this.checks.findings(id).size();
		this.events.publishEvent(
				new SupervisionCheckCompleted(id, today, findings, sha256(text), actor, this.clock.instant()));
	}

	private UUID finding(SupervisionCheck check, UUID caseId, ChecklistItem item, String description, LocalDate due,
			String owner, String actor, Instant now) {
		UUID findingId = UUID.randomUUID();
		String title = "督查整改：" + description;
		if (title.length() > MAX_TITLE) {
			title = title.substring(0, MAX_TITLE - 1) + "…";
		}
		UUID task = this.rectifications.open(title, check.unitCode(), owner, due, actor);
		this.checks.addFinding(findingId, check.id(), caseId, item, check.unitCode(), description, today(), due, owner,
				task, actor, now);
		this.events.publishEvent(new SupervisionFindingRecorded(findingId, check.id(), caseId,
				item == null ? null : item.name(), check.unitCode(), sha256(description), due, task, actor, now));
		return findingId;
	}

	private static void rectificationErrors(LocalDate due, String owner, LocalDate today, List<FieldError> errors) {
		if (due == null) {
			errors.add(new FieldError("rectificationDue", "发现问题的，请填写整改期限"));
		}
		else if (due.isBefore(today)) {
			errors.add(new FieldError("rectificationDue", "整改期限不能早于今天（" + today + "）"));
		}
		if (owner.isEmpty()) {
			errors.add(new FieldError("owner", "发现问题的，请填写整改责任人"));
		}
		else if (owner.length() > 100) {
			errors.add(new FieldError("owner", "整改责任人不能超过100个字"));
		}
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static NotFound notFound() {
		return new NotFound("没有找到该督查");
	}

}
