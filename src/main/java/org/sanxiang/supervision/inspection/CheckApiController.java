package org.sanxiang.supervision.inspection;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.sanxiang.platform.InputRejected;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 督查 for scripts and other systems: the same rules as the console, RFC 9457 problems with
 * Chinese messages on bad input (4xx) and on units outside the inspector's scope (403).
 */
@RestController
@RequestMapping("/api/v1/supervision/checks")
@PreAuthorize("hasAnyRole('SUPERVISOR', 'DIRECTOR', 'ADMIN')")
@Tag(name = "督查", description = "定期、不定期督查：可复现的随机抽样、按案件记录预填的检查表、发现问题转整改任务、季度督查情况报告（督查、负责人可操作本执法主体的股室；管理员只读）")
class CheckApiController {

	private final Inspections inspections;

	private final CheckViews views;

	private final InspectionReport report;

	private final CheckScope scope;

	CheckApiController(Inspections inspections, CheckViews views, InspectionReport report, CheckScope scope) {
		this.inspections = inspections;
		this.views = views;
		this.report = report;
		this.scope = scope;
	}

	/** The sample's seed; {@code null} lets the platform draw one. */
	record SampleRequest(Long seed) {
	}

	/** One point's verdict (PASS, FAIL, NOT_APPLICABLE) and note. */
	record PointRequest(String verdict, String note) {
	}

	/** A sampled case's checklist as confirmed, keyed by point (PUBLICATION, …). */
	record ChecklistRequest(Map<String, PointRequest> points, LocalDate rectificationDue, String owner) {
	}

	/** A finding that concerns the unit. */
	record FindingRequest(String description, LocalDate rectificationDue, String owner) {
	}

	/** The check's conclusion. */
	record CompletionRequest(String conclusion) {
	}

	@GetMapping
	@Operation(summary = "督查列表", description = "按计划日期倒序。")
	List<CheckViews.CheckRow> list() {
		return this.inspections.list().stream().map(this.views::row).toList();
	}

	@PostMapping
	@PreAuthorize(CheckConsoleController.WRITERS)
	@Operation(summary = "新建督查",
			description = "kind 为 PERIODIC（定期，须填 scheduledOn）或 ADHOC（不定期）；unitCode 须为本执法主体的股室（否则 403）；"
					+ "抽查范围 periodFrom–periodTo 不能晚于今天；sampleSize 1–50。不符合时 422。")
	ResponseEntity<CheckViews.CheckView> create(@RequestBody(required = false) CheckForm form, Authentication who) {
		UUID id = this.inspections.plan(form == null ? new CheckForm(null, null, null, null, null, null, null) : form,
				who.getName());
		return ResponseEntity.created(URI.create("/api/v1/supervision/checks/" + id)).body(view(id));
	}

	@GetMapping("/{id}")
	@Operation(summary = "督查详情", description = "含抽查案件、检查表（预填结论与依据、确认结论与说明）和发现的问题及整改情况；不存在时 404。")
	CheckViews.CheckView get(@PathVariable UUID id) {
		return view(id);
	}

	@PostMapping("/{id}/sample")
	@PreAuthorize(CheckConsoleController.WRITERS)
	@Operation(summary = "抽取样本",
			description = "按案件编号排序的已办结案件中，以随机种子（不填由系统生成）抽取；种子和总体摘要被记录，可复现。已抽样 409；定期督查未到计划日期、期间内无已办结案件 422。")
	CheckViews.CheckView sample(@PathVariable UUID id, @RequestBody(required = false) SampleRequest body,
			Authentication who) {
		this.inspections.draw(id, body == null ? null : body.seed(), who.getName());
		return view(id);
	}

	@GetMapping("/{id}/sample")
	@Operation(summary = "按种子重新抽取核验", description = "以记录的随机种子对当前的总体重新抽取，返回是否与记录的样本一致；不改变任何数据。")
	Inspections.SampleVerification verify(@PathVariable UUID id) {
		return this.inspections.verifySample(id);
	}

	@PostMapping("/{id}/cases/{caseId}/checklist")
	@PreAuthorize(CheckConsoleController.WRITERS)
	@Operation(summary = "确认检查表",
			description = "未填写的项目按系统预填结论确认；改判须填写说明（422）。有“不符合”项的，须填写整改期限和整改责任人，每一项转为落实台账中的督查整改任务。已确认 409。")
	CheckViews.CheckView confirm(@PathVariable UUID id, @PathVariable UUID caseId,
			@RequestBody(required = false) ChecklistRequest body, Authentication who) {
		Map<String, String> verdicts = new java.util.HashMap<>();
		Map<String, String> notes = new java.util.HashMap<>();
		if (body != null && body.points() != null) {
			body.points().forEach((k, v) -> {
				if (v != null) {
					verdicts.put(k, v.verdict());
					notes.put(k, v.note());
				}
			});
		}
		this.inspections.confirm(id, caseId, verdicts, notes, body == null ? null : body.rectificationDue(),
				body == null ? null : body.owner(), who.getName());
		return view(id);
	}

	@PostMapping("/{id}/findings")
	@PreAuthorize(CheckConsoleController.WRITERS)
	@Operation(summary = "记录问题", description = "问题描述、整改期限（不早于今天）和整改责任人必填（422）；转为落实台账中的督查整改任务。")
	CheckViews.CheckView finding(@PathVariable UUID id, @RequestBody(required = false) FindingRequest body,
			Authentication who) {
		this.inspections.recordFinding(id, body == null ? null : body.description(),
				body == null ? null : body.rectificationDue(), body == null ? null : body.owner(), who.getName());
		return view(id);
	}

	@PostMapping("/{id}/completion")
	@PreAuthorize(CheckConsoleController.WRITERS)
	@Operation(summary = "完成督查", description = "所有抽查案件的检查表确认后，填写督查结论完成（否则 422）；已完成 409。")
	CheckViews.CheckView complete(@PathVariable UUID id, @RequestBody(required = false) CompletionRequest body,
			Authentication who) {
		this.inspections.complete(id, body == null ? null : body.conclusion(), who.getName());
		return view(id);
	}

	@GetMapping("/report.pdf")
	@Operation(summary = "季度督查情况报告（PDF）", description = "quarter 形如 2026-Q4，默认本季度；格式不符 400。")
	ResponseEntity<byte[]> report(
			@Parameter(description = "季度，如 2026-Q4") @RequestParam(required = false) String quarter,
			Authentication who) {
		Quarter q = quarter == null || quarter.isBlank() ? Quarter.of(this.inspections.today())
				: Quarter.parse(quarter);
		if (q == null) {
			throw InputRejected.invalid("quarter", "季度格式应为 2026-Q4");
		}
		String agency = this.scope.agencyOf(who.getName()).orElseThrow(() -> new OutOfScope("您的账号未归属本局的股室，不能导出督查情况报告"));
		return ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.APPLICATION_PDF)
			.header("Content-Disposition", "attachment; filename=\"inspection-report-" + q + ".pdf\"")
			.body(this.report.render(agency, q, this.inspections.today()));
	}

	@ExceptionHandler(OutOfScope.class)
	ResponseEntity<ProblemDetail> outOfScope(OutOfScope ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
		problem.setTitle("不在督查范围内");
		problem.setType(URI.create("urn:sanxiang:problem:out-of-scope"));
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
	}

	private CheckViews.CheckView view(UUID id) {
		return this.views.view(this.inspections.open(id), this.inspections.today());
	}

}
