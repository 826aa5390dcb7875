package org.sanxiang.supervision.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.platform.ErrorPages;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.NotFound;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ledger in the console: the list with filters (overdue tasks marked red), a task's
 * page with its notes and files, the forms to create and edit tasks, and the workbook.
 * 督查, 负责人 and 管理员 read; 督查 and 负责人 change.
 */
@Controller
@RequestMapping("/console/supervision")
@PreAuthorize("hasAnyRole('SUPERVISOR', 'DIRECTOR', 'ADMIN')")
class LedgerConsoleController {

	static final String WRITERS = "hasAnyRole('SUPERVISOR', 'DIRECTOR')";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Ledger ledger;

	private final LedgerViews views;

	private final LedgerWorkbook workbook;

	private final LedgerAccess access;

	LedgerConsoleController(Ledger ledger, LedgerViews views, LedgerWorkbook workbook, LedgerAccess access) {
		this.ledger = ledger;
		this.views = views;
		this.workbook = workbook;
		this.access = access;
	}

	/** A note or a file as the task page shows it, in local time. */
	record NoteRow(String at, String author, String text) {
	}

	record FileRow(long id, String name, String size, String sm3, String at, String by) {
	}

	@GetMapping("/ledger")
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String category, Model model) {
		Ledger.Filter filter = filter(status, unit, category);
		LocalDate today = this.ledger.today();
		List<LedgerViews.TaskRow> rows = this.ledger.list(filter).stream().map(t -> this.views.row(t, today)).toList();
		model.addAttribute("tasks", rows);
		model.addAttribute("statuses", LedgerStatus.values());
		model.addAttribute("categories", LedgerCategory.values());
		model.addAttribute("units", this.views.units());
		model.addAttribute("status", filter.status() == null ? "" : filter.status().name());
		model.addAttribute("unit", filter.unitCode() == null ? "" : filter.unitCode());
		model.addAttribute("category", filter.category() == null ? "" : filter.category().name());
		model.addAttribute("overdueCount", rows.stream().filter(LedgerViews.TaskRow::overdue).count());
		model.addAttribute("today", today);
		return "supervision/ledger/list";
	}

	@GetMapping("/ledger.xlsx")
	void export(@RequestParam(required = false) String status, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String category, HttpServletResponse response) throws IOException {
		Ledger.Filter filter = filter(status, unit, category);
		LocalDate today = this.ledger.today();
		List<LedgerViews.TaskRow> rows = this.ledger.list(filter).stream().map(t -> this.views.row(t, today)).toList();
		response.setContentType(LedgerWorkbook.MEDIA_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("落实台账-" + today + ".xlsx", StandardCharsets.UTF_8)
					.build()
					.toString());
		try (OutputStream out = response.getOutputStream()) {
			this.workbook.write(rows, out);
		}
	}

	@GetMapping("/ledger/new")
	@PreAuthorize(WRITERS)
	String createForm(Model model) {
		return form(model, null, new TaskForm("", "", "", "", this.ledger.today().plusMonths(1)), null);
	}

	@PostMapping("/ledger")
	@PreAuthorize(WRITERS)
	String create(@RequestParam(required = false) String title, @RequestParam(required = false) String category,
			@RequestParam(required = false) String unitCode, @RequestParam(required = false) String owner,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
			Authentication who, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		TaskForm form = new TaskForm(title, category, unitCode, owner, deadline);
		try {
			UUID id = this.ledger.create(form, who.getName());
			redirect.addFlashAttribute("saved", "已新建任务");
			return "redirect:/console/supervision/ledger/" + id;
		}
		catch (InputRejected ex) {
			response.setStatus(ex.kind().status());
			return form(model, null, form, ex);
		}
	}

	@GetMapping("/ledger/{id}/edit")
	@PreAuthorize(WRITERS)
	String editForm(@PathVariable UUID id, Model model) {
		LedgerTask t = this.ledger.open(id).task();
		return form(model, id, new TaskForm(t.title(), t.category().name(), t.unitCode(), t.owner(), t.deadline()),
				null);
	}

	@PostMapping("/ledger/{id}")
	@PreAuthorize(WRITERS)
	String edit(@PathVariable UUID id, @RequestParam(required = false) String title,
			@RequestParam(required = false) String category, @RequestParam(required = false) String unitCode,
			@RequestParam(required = false) String owner,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
			Authentication who, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		TaskForm form = new TaskForm(title, category, unitCode, owner, deadline);
		try {
			this.ledger.edit(id, form, who.getName());
			redirect.addFlashAttribute("saved", "已保存修改");
			return "redirect:/console/supervision/ledger/" + id;
		}
		catch (InputRejected ex) {
			response.setStatus(ex.kind().status());
			return form(model, id, form, ex);
		}
	}

	@GetMapping("/ledger/{id}")
	@PreAuthorize(LedgerAccess.SIGNED_IN)
	String show(@PathVariable UUID id, Authentication who, Model model) {
		this.access.checkRead(who, this.ledger.open(id).task());
		return page(id, who, model, null);
	}

	@PostMapping("/ledger/{id}/notes")
	@PreAuthorize(LedgerAccess.SIGNED_IN)
	String note(@PathVariable UUID id, @RequestParam(required = false) String note, Authentication who, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		this.access.checkRecord(who, this.ledger.open(id).task());
		return command(id, who, model, redirect, response, "已记录进展情况", () -> this.ledger.note(id, note, who.getName()));
	}

	@PostMapping("/ledger/{id}/evidence")
	@PreAuthorize(LedgerAccess.SIGNED_IN)
	String upload(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file, Authentication who,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		this.access.checkRecord(who, this.ledger.open(id).task());
		return command(id, who, model, redirect, response, "已上传佐证材料", () -> {
			if (file == null) {
				throw InputRejected.unprocessable("file", "请选择要上传的佐证材料文件");
			}
			try (InputStream in = file.getInputStream()) {
				this.ledger.addEvidence(id, file.getOriginalFilename(), file.getContentType(), file.getSize(), in,
						who.getName());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	@GetMapping("/ledger/{id}/evidence/{evidenceId}")
	@PreAuthorize(LedgerAccess.SIGNED_IN)
	void download(@PathVariable UUID id, @PathVariable long evidenceId, Authentication who,
			HttpServletResponse response) throws IOException {
		this.access.checkRead(who, this.ledger.open(id).task());
		LedgerTasks.Evidence evidence = this.ledger.evidence(id, evidenceId);
		// always as a download: an uploaded page must not run in the console's origin
		response.setContentType("application/octet-stream");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(evidence.fileName(), StandardCharsets.UTF_8)
					.build()
					.toString());
		response.setContentLengthLong(evidence.size());
		try (InputStream in = this.ledger.content(evidence); OutputStream out = response.getOutputStream()) {
			in.transferTo(out);
		}
	}

	@PostMapping("/ledger/{id}/completion")
	@PreAuthorize(WRITERS)
	String complete(@PathVariable UUID id, @RequestParam(required = false) String summary, Authentication who,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return command(id, who, model, redirect, response, "任务已完成",
				() -> this.ledger.complete(id, summary, who.getName()));
	}

	@PostMapping("/ledger/{id}/reopening")
	@PreAuthorize(WRITERS)
	String reopen(@PathVariable UUID id, @RequestParam(required = false) String reason, Authentication who, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return command(id, who, model, redirect, response, "任务已重新打开",
				() -> this.ledger.reopen(id, reason, who.getName()));
	}

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(NotFound ex) {
		return ErrorPages.page(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(MaxUploadSizeExceededException ex) {
		return ErrorPages.page(HttpStatus.UNPROCESSABLE_CONTENT,
				"文件过大，不能超过 " + (this.ledger.maxFileSize() / 1024 / 1024) + " MB");
	}

	private String command(UUID id, Authentication who, Model model, RedirectAttributes redirect,
			HttpServletResponse response, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("saved", done);
			return "redirect:/console/supervision/ledger/" + id;
		}
		catch (InputRejected ex) {
			response.setStatus(ex.kind().status());
			return page(id, who, model, ex.firstMessage());
		}
	}

	private String page(UUID id, Authentication who, Model model, String error) {
		Ledger.Details details = this.ledger.open(id);
		model.addAttribute("mayRecord", this.access.mayRecord(who, details.task()));
		model.addAttribute("mayManage", this.access.mayManage(who));
		LocalDate today = this.ledger.today();
		ZoneId zone = this.ledger.zone();
		model.addAttribute("task", this.views.row(details.task(), today));
		model.addAttribute("createdBy", this.views.personName(details.task().createdBy()));
		model.addAttribute("completedBy", this.views.personName(details.task().completedBy()));
		model.addAttribute("notes", details.notes()
			.stream()
			.map(n -> new NoteRow(TIME.format(n.at().atZone(zone)), this.views.personName(n.author()), n.text()))
			.toList());
		model.addAttribute("files",
				details.evidence()
					.stream()
					.map(e -> new FileRow(e.id(), e.fileName(), size(e.size()), e.sm3(),
							TIME.format(e.addedAt().atZone(zone)), this.views.personName(e.addedBy())))
					.toList());
		model.addAttribute("maxMb", this.ledger.maxFileSize() / 1024 / 1024);
		model.addAttribute("error", error);
		return "supervision/ledger/task";
	}

	private String form(Model model, UUID id, TaskForm form, InputRejected rejected) {
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("categories", LedgerCategory.values());
		model.addAttribute("units", this.views.units());
		model.addAttribute("errors", rejected == null ? List.of() : rejected.errors());
		return "supervision/ledger/form";
	}

	private static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return String.format("%.1f KB", bytes / 1024.0);
		}
		return String.format("%.1f MB", bytes / 1024.0 / 1024.0);
	}

	private static Ledger.Filter filter(String status, String unit, String category) {
		return new Ledger.Filter(LedgerStatus.parse(status), (unit == null || unit.isBlank()) ? null : unit.strip(),
				LedgerCategory.parse(category));
	}

}
