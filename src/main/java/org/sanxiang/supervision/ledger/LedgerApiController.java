package org.sanxiang.supervision.ledger;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

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
 * The ledger (落实台账) for scripts and other systems: the same rules as the console, RFC
 * 9457 problems with Chinese messages on bad input.
 */
@RestController
@RequestMapping("/api/v1/supervision/ledger")
@PreAuthorize("hasAnyRole('SUPERVISOR', 'DIRECTOR', 'ADMIN')")
@Tag(name = "落实台账", description = "行政执法三项制度落实台账：任务、进展情况和完成情况（督查 SUPERVISOR、负责人 DIRECTOR、管理员 ADMIN 可读；督查和负责人可新建和记录）")
class LedgerApiController {

	private final Ledger ledger;

	private final LedgerViews views;

	private final LedgerAccess access;

	LedgerApiController(Ledger ledger, LedgerViews views, LedgerAccess access) {
		this.ledger = ledger;
		this.views = views;
		this.access = access;
	}

	/** A progress note. */
	record NoteView(String author, String at, String text) {
	}

	/** An evidence file, named by its SM3 digest (GB/T 32905). */
	record EvidenceView(long id, String fileName, long size, String sm3, String addedBy, String addedAt) {
	}

	/** A task with its notes and evidence files. */
	record TaskDetails(LedgerViews.TaskRow task, List<NoteView> notes, List<EvidenceView> evidence) {
	}

	/** A new progress note. */
	record NoteRequest(String note) {
	}

	/** The completion with its summary. */
	record CompletionRequest(String summary) {
	}

	@GetMapping
	@Operation(summary = "落实台账任务列表",
			description = "按完成期限排序；可按状态（NOT_STARTED 未开始、IN_PROGRESS 进行中、COMPLETED 已完成、OVERDUE 已逾期）、"
					+ "责任单位代码和类别筛选。已逾期：完成期限已过且未完成。")
	List<LedgerViews.TaskRow> list(@Parameter(description = "状态") @RequestParam(required = false) String status,
			@Parameter(description = "责任单位代码，如 FGG") @RequestParam(required = false) String unit,
			@Parameter(description = "类别，如 RULES 或 制度建设") @RequestParam(required = false) String category) {
		LocalDate today = this.ledger.today();
		Ledger.Filter filter = new Ledger.Filter(LedgerStatus.parse(status),
				(unit == null || unit.isBlank()) ? null : unit.strip(), LedgerCategory.parse(category));
		return this.ledger.list(filter).stream().map(t -> this.views.row(t, today)).toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize(LedgerAccess.SIGNED_IN)
	@Operation(summary = "落实台账任务详情",
			description = "含进展情况和佐证材料（文件名、大小、SM3）；不存在时 404。" + "督查、负责人、管理员可查看全部任务，其他工作人员只能查看本单位（账号所属单位）负责的任务（其他 403）。")
	TaskDetails get(@PathVariable UUID id, Authentication who) {
		this.access.checkRead(who, this.ledger.open(id).task());
		return details(id);
	}

	@PostMapping
	@PreAuthorize(LedgerConsoleController.WRITERS)
	@Operation(summary = "新建落实台账任务", description = "任务名称、类别、责任单位（单位代码）、责任人（账号或姓名）和完成期限必填；" + "期限不能早于今天；不符合时 422 并说明原因。")
	ResponseEntity<TaskDetails> create(@RequestBody(required = false) TaskForm form, Authentication who) {
		UUID id = this.ledger.create(form == null ? new TaskForm(null, null, null, null, null) : form, who.getName());
		return ResponseEntity.created(URI.create("/api/v1/supervision/ledger/" + id)).body(details(id));
	}

	@PostMapping("/{id}/notes")
	@PreAuthorize(LedgerAccess.SIGNED_IN)
	@Operation(summary = "记录进展情况",
			description = "进展情况不能为空，不超过2000字（422）；记录后不能修改或删除。" + "督查、负责人和责任单位（账号所属单位）的工作人员可记录（其他 403）。")
	TaskDetails note(@PathVariable UUID id, @RequestBody(required = false) NoteRequest body, Authentication who) {
		this.access.checkRecord(who, this.ledger.open(id).task());
		this.ledger.note(id, body == null ? null : body.note(), who.getName());
		return details(id);
	}

	@PostMapping("/{id}/completion")
	@PreAuthorize(LedgerConsoleController.WRITERS)
	@Operation(summary = "完成任务", description = "须填写完成情况；已完成的任务不能再次完成（422）。")
	TaskDetails complete(@PathVariable UUID id, @RequestBody(required = false) CompletionRequest body,
			Authentication who) {
		this.ledger.complete(id, body == null ? null : body.summary(), who.getName());
		return details(id);
	}

	private TaskDetails details(UUID id) {
		Ledger.Details d = this.ledger.open(id);
		var zone = this.ledger.zone();
		return new TaskDetails(this.views.row(d.task(), this.ledger.today()),
				d.notes()
					.stream()
					.map(n -> new NoteView(n.author(), n.at().atZone(zone).toOffsetDateTime().toString(), n.text()))
					.toList(),
				d.evidence()
					.stream()
					.map(e -> new EvidenceView(e.id(), e.fileName(), e.size(), e.sm3(), e.addedBy(),
							e.addedAt().atZone(zone).toOffsetDateTime().toString()))
					.toList());
	}

}
