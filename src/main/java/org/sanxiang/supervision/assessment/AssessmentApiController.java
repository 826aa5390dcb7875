package org.sanxiang.supervision.assessment;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.sanxiang.catalog.Agency;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 绩效考核 for scripts and other systems: the same rules as the console, RFC 9457 problems
 * with Chinese messages on bad input. Scores are computed on each request, never stored
 * or accepted.
 */
@RestController
@RequestMapping("/api/v1/supervision/assessment")
@PreAuthorize("hasAnyRole('SUPERVISOR', 'DIRECTOR', 'ADMIN')")
@Tag(name = "绩效考核",
		description = "考核方案（版本）、各单位季度和年度得分（由记录实时计算）、表彰奖励和问责记录（督查 SUPERVISOR、负责人 DIRECTOR、管理员 ADMIN 可读；督查和负责人可制定方案和记录）")
class AssessmentApiController {

	private final Assessment assessment;

	AssessmentApiController(Assessment assessment) {
		this.assessment = assessment;
	}

	/** A version of the scoring scheme; weights in percent per component code. */
	record SchemeView(UUID id, String agencyCode, int version, LocalDate effectiveFrom, Map<String, BigDecimal> weights,
			BigDecimal findingPoints, BigDecimal overduePoints, BigDecimal excellentFrom, BigDecimal goodFrom,
			BigDecimal passFrom, String note, String adoptedBy, String adoptedAt) {
	}

	/**
	 * A new version: numbers as JSON numbers or strings, 0–100, weights summing to 100.
	 */
	record SchemeRequest(LocalDate effectiveFrom, Map<String, Object> weights, Object findingPoints,
			Object overduePoints, Object excellentFrom, Object goodFrom, Object passFrom, String note) {
	}

	/** A record behind a part, with the console page that shows it. */
	record BasisView(String label, String detail, String link, boolean met, UUID findingId) {
	}

	record PartView(String component, String label, BigDecimal weight, BigDecimal score, BigDecimal points, String how,
			List<BasisView> basis) {
	}

	record ScoreView(String unitCode, String unitName, String period, LocalDate from, LocalDate to, LocalDate countedTo,
			boolean complete, int schemeVersion, BigDecimal total, String grade, List<PartView> parts) {
	}

	record ScoreTableView(String agencyCode, String agencyName, String period, int schemeVersion,
			List<ScoreView> scores) {
	}

	/** A commendation or accountability measure as decided. */
	record OutcomeRequest(String unitCode, String measure, Integer year, Integer quarter, String reason,
			Boolean onScore, List<UUID> findingIds) {
	}

	record OutcomeView(UUID id, String unitCode, String kind, String measure, String measureLabel, int year,
			Integer quarter, String reason, BigDecimal score, Integer schemeVersion, String grade,
			List<Outcome.LinkedFinding> findings, String decidedBy, String decidedAt) {
	}

	@GetMapping("/schemes")
	@Operation(summary = "考核方案的各版本", description = "新版本在前；agency 为执法主体统一社会信用代码，省略时为第一个执法主体。")
	List<SchemeView> schemes(@RequestParam(required = false) String agency) {
		return this.assessment.versions(this.assessment.agency(agency).creditCode()).stream().map(this::view).toList();
	}

	@PostMapping("/schemes")
	@PreAuthorize(AssessmentConsoleController.WRITERS)
	@Operation(summary = "制定考核方案新版本",
			description = "weights 按项目代码（on-time、review、recording、certificate、complaint-on-time、findings、ledger）给出权重，"
					+ "每项 0 至 100、最多两位小数，合计必须正好等于 100；扣分和等次分数线 0 至 100，优秀 > 良好 > 合格。不符合时 422 并逐项说明。")
	ResponseEntity<SchemeView> adopt(@RequestParam(required = false) String agency,
			@RequestBody(required = false) SchemeRequest body, Authentication who) {
		SchemeRequest b = body == null ? new SchemeRequest(null, null, null, null, null, null, null, null) : body;
		Map<String, String> weights = new LinkedHashMap<>();
		if (b.weights() != null) {
			b.weights().forEach((k, v) -> weights.put(k, text(v)));
		}
		ScoringScheme s = this.assessment.adopt(agency,
				new ScoringScheme.Form(b.effectiveFrom(), weights, text(b.findingPoints()), text(b.overduePoints()),
						text(b.excellentFrom()), text(b.goodFrom()), text(b.passFrom()), b.note()),
				who.getName());
		return ResponseEntity.created(URI.create("/api/v1/supervision/assessment/schemes?agency=" + s.agencyCode()))
			.body(view(s));
	}

	@GetMapping("/scores")
	@Operation(summary = "各单位考核得分",
			description = "year 必填（2000 至 2100），quarter 为 1 至 4，省略为年度考核；由记录实时计算，期间未结束时统计至今天。" + "未开始的期间或没有施行中的方案时 422。")
	ScoreTableView scores(@RequestParam(required = false) String agency,
			@Parameter(description = "考核年度") @RequestParam(required = false) Integer year,
			@Parameter(description = "季度 1–4，省略为全年") @RequestParam(required = false) Integer quarter) {
		Agency a = this.assessment.agency(agency);
		Assessment.ScoreTable table = this.assessment.scores(a.creditCode(), AssessmentPeriod.of(year, quarter));
		return new ScoreTableView(a.creditCode(), a.name(), table.period().label(), table.scheme().version(),
				table.scores().stream().map(AssessmentApiController::view).toList());
	}

	@GetMapping("/scores/{unit}")
	@Operation(summary = "一个单位的考核得分", description = "各项得分、计算方法和背后的记录（控制台链接）。")
	ScoreView score(@PathVariable String unit, @RequestParam(required = false) String agency,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter) {
		return view(this.assessment.score(this.assessment.agency(agency).creditCode(), unit,
				AssessmentPeriod.of(year, quarter)));
	}

	@GetMapping("/records")
	@Operation(summary = "表彰奖励和问责记录", description = "某年度的记录，新记录在前。")
	List<OutcomeView> records(@RequestParam(required = false) String agency,
			@RequestParam(required = false) Integer year) {
		AssessmentPeriod period = AssessmentPeriod.of(year == null ? this.assessment.today().getYear() : year, null);
		return this.assessment.outcomes(this.assessment.agency(agency).creditCode(), period.year())
			.stream()
			.map(this::view)
			.toList();
	}

	@GetMapping("/records/{id}")
	@Operation(summary = "一条表彰奖励或问责记录")
	OutcomeView record(@PathVariable UUID id) {
		return view(this.assessment.outcome(id));
	}

	@PostMapping("/records")
	@PreAuthorize(AssessmentConsoleController.WRITERS)
	@Operation(summary = "记录表彰奖励或问责",
			description = "measure：PRAISE 通报表扬、ADVANCED_UNIT 评为先进单位（表彰奖励，须 onScore=true 且得分为优秀、期间已结束、本年度评优评先资格未被取消）；"
					+ "TALK 约谈、CRITICISM 通报批评、RECTIFICATION 责令限期整改、DISQUALIFIED 取消本年度评优评先资格"
					+ "（问责，须关联该单位本年度的督查发现问题 findingIds 或 onScore=true）。事由必填。不符合时 422，重复取消资格 409。")
	ResponseEntity<OutcomeView> create(@RequestParam(required = false) String agency,
			@RequestBody(required = false) OutcomeRequest body, Authentication who) {
		OutcomeRequest b = body == null ? new OutcomeRequest(null, null, null, null, null, null, null) : body;
		UUID id = this.assessment.record(new Assessment.OutcomeForm(agency, b.unitCode(), b.measure(), b.year(),
				b.quarter(), b.reason(), Boolean.TRUE.equals(b.onScore()), b.findingIds()), who.getName());
		return ResponseEntity.created(URI.create("/api/v1/supervision/assessment/records/" + id))
			.body(view(this.assessment.outcome(id)));
	}

	private SchemeView view(ScoringScheme s) {
		Map<String, BigDecimal> weights = new LinkedHashMap<>();
		for (ScoreComponent c : ScoreComponent.values()) {
			weights.put(c.code(), s.weight(c));
		}
		return new SchemeView(s.id(), s.agencyCode(), s.version(), s.effectiveFrom(), weights, s.findingPoints(),
				s.overduePoints(), s.excellentFrom(), s.goodFrom(), s.passFrom(), s.note(), s.adoptedBy(),
				s.adoptedAt().atZone(this.assessment.zone()).toOffsetDateTime().toString());
	}

	private static ScoreView view(UnitScore s) {
		return new ScoreView(s.unitCode(), s.unitName(), s.period().label(), s.period().from(), s.period().to(),
				s.countedTo(), s.complete(), s.schemeVersion(), s.total(), s.grade(),
				s.parts()
					.stream()
					.map(p -> new PartView(p.component().code(), p.label(), p.weight(), p.score(), p.points(), p.how(),
							p.basis()
								.stream()
								.map(b -> new BasisView(b.label(), b.detail(), b.link(), b.met(), b.findingId()))
								.toList()))
					.toList());
	}

	private OutcomeView view(Outcome o) {
		return new OutcomeView(o.id(), o.unitCode(), o.measure().commendation() ? "COMMENDATION" : "ACCOUNTABILITY",
				o.measure().name(), o.measure().label(), o.year(), o.quarter(), o.reason(), o.score(),
				o.schemeVersion(), o.grade(), o.findings(), o.decidedBy(),
				o.decidedAt().atZone(this.assessment.zone()).toOffsetDateTime().toString());
	}

	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Double d) {
			return BigDecimal.valueOf(d).toPlainString();
		}
		return value.toString();
	}

}
