package org.sanxiang.inspection;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
 * The drawn inspections through the API: an inspector's tasks, one inspection with its
 * record, and recording the result (staff only; RFC 9457 problems on bad input).
 */
@RestController
@RequestMapping("/api/v1/inspection/inspections")
@PreAuthorize("hasAnyRole('OFFICER', 'DIRECTOR', 'SUPERVISOR')")
@Tag(name = "双随机抽查：检查执行", description = "随机抽取的检查任务与检查结果登记：由抽中的两名以上持有效执法证的执法人员登记，须先上传现场录音录像（证据模块，案件编号为抽查任务编号，活动“随机抽查”）")
class InspectionWorkApiController {

	private final InspectionWork work;

	InspectionWorkApiController(InspectionWork work) {
		this.work = work;
	}

	/** An inspector present as the API shows them. */
	record PresentView(String officerId, String name, String certificateNumber) {
	}

	/** A recorded result. */
	record RecordView(LocalDate inspectedOn, List<PresentView> inspectors, String location, String findings,
			String result, String followUp, LocalDate rectifyBy, String recordedBy, Instant recordedAt) {

		static RecordView of(InspectionRecord r) {
			return (r == null) ? null
					: new RecordView(r.inspectedOn(),
							r.inspectors()
								.stream()
								.map(p -> new PresentView(p.officerId(), p.name(), p.certificateNumber()))
								.toList(),
							r.location(), r.findings(), r.result(), r.followUp(), r.rectifyBy(), r.recordedBy(),
							r.recordedAt());
		}

	}

	/**
	 * A drawn inspection.
	 *
	 * @param status 待检查 or 已登记
	 * @param overdue not recorded after the plan's last day
	 */
	record InspectionView(UUID assignmentId, UUID planId, String planNumber, String planTitle, int position,
			String creditCode, String targetName, List<String> inspectorIds, LocalDate periodStart, LocalDate periodEnd,
			String status, boolean overdue, RecordView record) {

		static InspectionView of(InspectionWork.Task t) {
			DrawResult.Assignment a = t.assignment();
			return new InspectionView(a.id(), a.planId(), t.plan().number(), t.plan().title(), a.position(),
					a.creditCode(), a.targetName(), a.inspectorIds(), t.plan().periodStart(), t.plan().periodEnd(),
					t.open() ? "待检查" : "已登记", t.overdue(), RecordView.of(t.record()));
		}

	}

	/** An inspector present, with the certificate number shown (亮证). */
	record InspectorRequest(String officerId, String certificateNumber) {
	}

	/** The result the inspectors record. */
	record RecordRequest(LocalDate inspectedOn, List<InspectorRequest> inspectors, String location, String findings,
			String result, String followUp, LocalDate rectifyBy) {

		InspectionWork.Command command() {
			return new InspectionWork.Command(this.inspectedOn,
					this.inspectors == null ? List.of()
							: this.inspectors.stream()
								.filter(i -> i != null)
								.map(i -> new InspectionWork.Shown(i.officerId(), i.certificateNumber()))
								.toList(),
					this.location, this.findings, this.result, this.followUp, this.rectifyBy);
		}

	}

	@GetMapping
	@Operation(summary = "检查任务列表",
			description = "mine=true：当前用户（执法人员名录中账号为当前用户的执法人员）被抽中的检查任务；否则为全部已抽取计划的检查任务（仅负责人、督查）。未登记的在前，按检查期限排序。")
	List<InspectionView> list(@Parameter(description = "只看本人被抽中的任务") @RequestParam(defaultValue = "false") boolean mine,
			Authentication who) {
		if (!mine && !has(who, "ROLE_DIRECTOR") && !has(who, "ROLE_SUPERVISOR")) {
			throw new AccessDeniedException("全部检查任务仅负责人、督查可查看");
		}
		List<InspectionWork.Task> tasks = mine ? this.work.tasksOf(who.getName()) : this.work.allTasks();
		return tasks.stream().map(InspectionView::of).toList();
	}

	@GetMapping("/{assignmentId}")
	@Operation(summary = "检查任务及其检查记录", description = "未登记的 record 为 null；不存在时 404。")
	InspectionView get(@PathVariable UUID assignmentId) {
		return view(assignmentId);
	}

	@PostMapping("/{assignmentId}")
	@PreAuthorize("hasAnyRole('OFFICER', 'DIRECTOR')")
	@Operation(summary = "登记检查结果", description = """
			由本检查对象随机抽中的执法人员（执法人员 OFFICER 或负责人 DIRECTOR，执法人员名录中账号为当前用户）登记，每个检查任务只能登记一次（再次登记 409）。\
			inspectors：在场并出示执法证的检查人员（officerId，可附 certificateNumber 核对所出示的证号），须两名以上、均为本任务抽中的人员、执法证在检查当日有效（JL-7、ZJ-1）；\
			inspectedOn 在计划检查期间内且不晚于今天；result 为 未发现问题/责令整改/移送立案/其他；findings 必填（不超过4000字）；\
			责令整改须填 rectifyBy（晚于检查日期）；移送立案、其他须填 followUp。\
			须已上传本任务（案件编号＝assignmentId，活动“随机抽查”）的录音或录像，或经负责人批准免于音像记录（JL-3），否则 422。\
			计划已作废 409；非抽中人员 403；任务不存在 404。成功返回 201 与检查记录。""")
	ResponseEntity<InspectionView> record(@PathVariable UUID assignmentId,
			@RequestBody(required = false) RecordRequest body, Authentication who) {
		this.work.record(assignmentId, body == null ? null : body.command(), who.getName());
		return ResponseEntity.created(URI.create("/api/v1/inspection/inspections/" + assignmentId))
			.body(view(assignmentId));
	}

	@ExceptionHandler(NotAnInspector.class)
	ResponseEntity<ProblemDetail> notAnInspector(NotAnInspector ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
		problem.setTitle("不是本次抽取的检查人员");
		problem.setType(URI.create("urn:sanxiang:problem:not-an-inspector"));
		problem.setProperty("errors", List.of());
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
	}

	private InspectionView view(UUID assignmentId) {
		return InspectionView.of(this.work.task(assignmentId));
	}

	private static boolean has(Authentication who, String authority) {
		return who.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
	}

}
