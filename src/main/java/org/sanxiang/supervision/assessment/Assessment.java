package org.sanxiang.supervision.assessment;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sanxiang.catalog.Agency;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.Unit;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.InputRejected.FieldError;
import org.sanxiang.platform.NotFound;
import org.sanxiang.supervision.inspection.InspectionFindings;
import org.sanxiang.supervision.inspection.InspectionFindings.Finding;
import org.sanxiang.supervision.kpi.UnitKpis;
import org.sanxiang.supervision.ledger.LedgerCompletion;
import org.sanxiang.supervision.ledger.LedgerCompletion.DueTask;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 绩效考核: adopts versions of an agency's scoring scheme, computes each unit's quarterly and
 * annual score from the records (indicators of {@code supervision.kpi}, findings of 督查
 * through {@link InspectionFindings}, the ledger's completion) — never typed in — and
 * records commendations (表彰奖励) and accountability measures (问责) on the scores and
 * findings behind them. Every command checks its input first (422 with a Chinese
 * message), runs in one transaction and publishes its event there for the journal (JL-1).
 */
@Service
class Assessment {

	static final int MAX_REASON = 2000;

	private final ScoringSchemes schemes;

	private final Outcomes outcomes;

	private final UnitKpis kpis;

	private final LedgerCompletion ledger;

	private final ObjectProvider<InspectionFindings> findings;

	private final Catalog catalog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Assessment(ScoringSchemes schemes, Outcomes outcomes, UnitKpis kpis, LedgerCompletion ledger,
			ObjectProvider<InspectionFindings> findings, Catalog catalog, ApplicationEventPublisher events,
			Clock clock) {
		this.schemes = schemes;
		this.outcomes = outcomes;
		this.kpis = kpis;
		this.ledger = ledger;
		this.findings = findings;
		this.catalog = catalog;
		this.events = events;
		this.clock = clock;
	}

	/** Every unit's score for a period under the scheme in force on its last day. */
	record ScoreTable(Agency agency, AssessmentPeriod period, LocalDate countedTo, ScoringScheme scheme,
			List<UnitScore> scores) {

		public boolean complete() {
			return !this.countedTo.isBefore(this.period.to());
		}

	}

	/**
	 * A commendation or accountability measure as decided.
	 *
	 * @param onScore whether it rests on the unit's score for the period
	 * @param findingIds the findings of 督查 it rests on
	 */
	record OutcomeForm(String agencyCode, String unitCode, String measure, Integer year, Integer quarter, String reason,
			boolean onScore, List<UUID> findingIds) {
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	java.time.ZoneId zone() {
		return this.clock.getZone();
	}

	/** The agency asked for, or the first one when none is named. */
	Agency agency(String code) {
		if (code == null || code.isBlank()) {
			return this.catalog.agencies().stream().findFirst().orElseThrow(() -> new NotFound("尚未登记执法主体"));
		}
		return this.catalog.agency(code.strip()).orElseThrow(() -> new NotFound("没有该执法主体：" + code.strip()));
	}

	/** The agency's units in display order, code to name. */
	Map<String, String> units(String agencyCode) {
		Map<String, String> units = new LinkedHashMap<>();
		this.catalog.units()
			.stream()
			.filter(u -> agencyCode.equals(u.agencyCode()))
			.sorted(java.util.Comparator.comparingInt(Unit::sortOrder))
			.forEach(u -> units.put(u.code(), u.name()));
		return units;
	}

	@Transactional(readOnly = true)
	List<ScoringScheme> versions(String agencyCode) {
		return this.schemes.versions(agencyCode);
	}

	@Transactional(readOnly = true)
	Optional<ScoringScheme> inForce(String agencyCode, LocalDate day) {
		return this.schemes.inForce(agencyCode, day);
	}

	/**
	 * Adopts a new version of the agency's scheme; earlier versions stay as they were.
	 */
	@Transactional
	ScoringScheme adopt(String agencyCode, ScoringScheme.Form form, String actor) {
		Agency agency = agency(agencyCode);
		ScoringScheme.Checked c = ScoringScheme.check(form);
		int version = this.schemes.nextVersion(agency.creditCode());
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		this.schemes.insert(id, agency.creditCode(), version, c, actor, now);
		Map<String, String> weights = new LinkedHashMap<>();
		c.weights().forEach((k, v) -> weights.put(k.code(), v.toPlainString()));
		this.events.publishEvent(new AssessmentSchemeAdopted(id, agency.creditCode(), version, c.effectiveFrom(),
				weights, c.findingPoints().toPlainString(), c.overduePoints().toPlainString(),
				c.excellentFrom().toPlainString(), c.goodFrom().toPlainString(), c.passFrom().toPlainString(), actor,
				now));
		return this.schemes.versions(agency.creditCode())
			.stream()
			.filter(s -> s.id().equals(id))
			.findFirst()
			.orElseThrow();
	}

	/** Every unit's score for the period, computed now from the records. */
	@Transactional(readOnly = true)
	ScoreTable scores(String agencyCode, AssessmentPeriod period) {
		Agency agency = agency(agencyCode);
		return table(agency, period, units(agency.creditCode()));
	}

	/** One unit's score for the period, computed now from the records. */
	@Transactional(readOnly = true)
	UnitScore score(String agencyCode, String unitCode, AssessmentPeriod period) {
		Agency agency = agency(agencyCode);
		Map<String, String> all = units(agency.creditCode());
		if (unitCode == null || !all.containsKey(unitCode)) {
			throw new NotFound("该执法主体没有这个单位：" + unitCode);
		}
		return table(agency, period, Map.of(unitCode, all.get(unitCode))).scores().get(0);
	}

	/** The unit's findings of 督查 in the year, for linking them to a record. */
	@Transactional(readOnly = true)
	List<Finding> findingsOfYear(String agencyCode, String unitCode, int year) {
		InspectionFindings source = this.findings.getIfAvailable();
		if (source == null) {
			return List.of();
		}
		return source.findings(agencyCode, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.stream()
			.filter(f -> unitCode.equals(f.unitCode()))
			.toList();
	}

	private ScoreTable table(Agency agency, AssessmentPeriod period, Map<String, String> units) {
		LocalDate countedTo = period.countedTo(today());
		ScoringScheme scheme = this.schemes.inForce(agency.creditCode(), period.to())
			.orElseThrow(() -> InputRejected.unprocessable("scheme",
					period.label() + "没有施行中的考核方案，请先制定考核方案（施行日期不晚于 " + period.to() + "）"));
		Map<String, List<UnitKpis.Rate>> rates = this.kpis.rates(units.keySet(), period.from(), countedTo);
		InspectionFindings source = this.findings.getIfAvailable();
		List<Finding> found = source == null ? null : source.findings(agency.creditCode(), period.from(), countedTo);
		List<DueTask> due = this.ledger.due(period.from(), countedTo);
		List<UnitScore> scores = new ArrayList<>();
		for (Map.Entry<String, String> unit : units.entrySet()) {
			String code = unit.getKey();
			scores.add(Scoring.score(scheme, period, countedTo,
					new Scoring.Inputs(code, unit.getValue(), rates.get(code),
							found == null ? null : found.stream().filter(f -> code.equals(f.unitCode())).toList(),
							due.stream().filter(t -> code.equals(t.unitCode())).toList())));
		}
		return new ScoreTable(agency, period, countedTo, scheme, scores);
	}

	@Transactional(readOnly = true)
	List<Outcome> outcomes(String agencyCode, int year) {
		return this.outcomes.ofYear(agencyCode, year);
	}

	@Transactional(readOnly = true)
	Outcome outcome(UUID id) {
		return this.outcomes.find(id).orElseThrow(() -> new NotFound("没有找到该表彰奖励或问责记录"));
	}

	/**
	 * Records a commendation or an accountability measure. A commendation rests on the
	 * unit's score of a completed period graded 优秀 and is refused while the unit's 评优评先资格
	 * for that year is withdrawn; an accountability measure rests on findings of 督查 of
	 * the unit in that year, or on its score, or both.
	 */
	@Transactional
	UUID record(OutcomeForm form, String actor) {
		Agency agency = agency(form.agencyCode());
		this.outcomes.lock(agency.creditCode());
		List<FieldError> errors = new ArrayList<>();
		Measure measure = Measure.parse(form.measure());
		if (measure == null) {
			errors.add(new FieldError("measure", "请选择表彰奖励或问责措施"));
		}
		Map<String, String> units = units(agency.creditCode());
		String unit = form.unitCode() == null ? "" : form.unitCode().strip();
		if (!units.containsKey(unit)) {
			errors.add(new FieldError("unitCode", unit.isEmpty() ? "请选择单位" : "该执法主体没有这个单位：" + unit));
		}
		AssessmentPeriod period = AssessmentPeriod.of(form.year(), form.quarter());
		String reason = form.reason() == null ? "" : form.reason().strip();
		if (reason.isEmpty()) {
			errors.add(new FieldError("reason", "请填写事由"));
		}
		else if (reason.length() > MAX_REASON) {
			errors.add(new FieldError("reason", "事由不能超过" + MAX_REASON + "个字（现有" + reason.length() + "个字）"));
		}
		if (!errors.isEmpty()) {
			throw new InputRejected(InputRejected.Kind.UNPROCESSABLE, errors);
		}
		List<UUID> ids = form.findingIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(form.findingIds()));
		List<Outcome.LinkedFinding> linked = findings(ids, unit, units.get(unit), period.year());
		if (measure.commendation()) {
			if (!form.onScore()) {
				throw InputRejected.unprocessable("onScore", "表彰奖励须以该单位的考核得分为依据");
			}
			if (!linked.isEmpty()) {
				throw InputRejected.unprocessable("findingIds", "表彰奖励不能以督查发现问题为依据");
			}
			this.outcomes.ofYear(agency.creditCode(), period.year())
				.stream()
				.filter(o -> o.unitCode().equals(unit) && o.measure() == Measure.DISQUALIFIED)
				.findFirst()
				.ifPresent(o -> {
					throw InputRejected.unprocessable("measure", units.get(unit) + "已被取消" + period.year() + "年度评优评先资格（"
							+ o.decidedAt().atZone(this.clock.getZone()).toLocalDate() + "），不能表彰奖励");
				});
		}
		else if (!form.onScore() && linked.isEmpty()) {
			throw InputRejected.unprocessable("findingIds", "问责须关联督查发现问题或考核得分，写明依据");
		}
		if (measure == Measure.DISQUALIFIED && this.outcomes.ofYear(agency.creditCode(), period.year())
			.stream()
			.anyMatch(o -> o.unitCode().equals(unit) && o.measure() == Measure.DISQUALIFIED)) {
			throw InputRejected.conflict("measure", "已取消" + units.get(unit) + period.year() + "年度评优评先资格，无需重复记录");
		}
		BigDecimal score = null;
		Integer version = null;
		String grade = null;
		if (form.onScore()) {
			UnitScore s = table(agency, period, Map.of(unit, units.get(unit))).scores().get(0);
			if (!s.complete()) {
				throw InputRejected.unprocessable("onScore",
						period.label() + "尚未结束（得分截至 " + s.countedTo() + "），不能以其得分为依据");
			}
			if (measure.commendation() && !"优秀".equals(s.grade())) {
				throw InputRejected.unprocessable("measure", units.get(unit) + period.label() + "考核得分 "
						+ s.total().toPlainString() + " 分（" + s.grade() + "），未达到优秀等次，不能表彰奖励");
			}
			score = s.total();
			version = s.schemeVersion();
			grade = s.grade();
		}
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		Outcome outcome = new Outcome(id, agency.creditCode(), unit, measure, period.year(), period.quarter(), reason,
				score, version, grade, linked, actor, now);
		this.outcomes.insert(outcome);
		List<UUID> findingIds = linked.stream().map(Outcome.LinkedFinding::id).toList();
		String scoreText = score == null ? null : score.toPlainString();
		this.events.publishEvent(measure.commendation()
				? new CommendationRecorded(id, agency.creditCode(), unit, measure.name(), period.year(),
						period.quarter(), scoreText, version, findingIds, sha256(reason), actor, now)
				: new AccountabilityRecorded(id, agency.creditCode(), unit, measure.name(), period.year(),
						period.quarter(), scoreText, version, findingIds, sha256(reason), actor, now));
		return id;
	}

	private List<Outcome.LinkedFinding> findings(List<UUID> ids, String unit, String unitName, int year) {
		if (ids.isEmpty()) {
			return List.of();
		}
		InspectionFindings source = this.findings.getIfAvailable();
		if (source == null) {
			throw InputRejected.unprocessable("findingIds", "督查发现问题暂不可用，不能关联");
		}
		List<Outcome.LinkedFinding> linked = new ArrayList<>();
		for (UUID id : ids) {
			Finding f = source.finding(id)
				.orElseThrow(() -> InputRejected.unprocessable("findingIds", "没有找到该督查发现问题：" + id));
			if (!unit.equals(f.unitCode())) {
				throw InputRejected.unprocessable("findingIds", "“" + f.description() + "”不是" + unitName + "的问题");
			}
			if (f.foundOn().getYear() != year) {
				throw InputRejected.unprocessable("findingIds",
						"“" + f.description() + "”发现于 " + f.foundOn() + "，不属于" + year + "年度");
			}
			linked.add(new Outcome.LinkedFinding(f.id(), f.checkId(), f.description()));
		}
		return linked;
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

}
