package org.sanxiang.supervision.inspection;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 督查 in the console: the list of checks with the quarterly report, the form to plan a
 * check, a check's page (draw the sample, the sampled cases, findings, completion) and a
 * sampled case's checklist. 督查, 负责人 and 管理员 read; 督查 and 负责人 act, within their own
 * agency's units. Bad input re-renders the page with 422 and the reason in Chinese; a
 * unit outside the inspector's scope with 403.
 */
@Controller
@RequestMapping("/console/supervision/checks")
@PreAuthorize("hasAnyRole('SUPERVISOR', 'DIRECTOR', 'ADMIN')")
class CheckConsoleController {

	static final String WRITERS = "hasAnyRole('SUPERVISOR', 'DIRECTOR')";

	private final Inspections inspections;

	private final CheckViews views;

	private final InspectionReport report;

	private final CheckScope scope;

	CheckConsoleController(Inspections inspections, CheckViews views, InspectionReport report, CheckScope scope) {
		this.inspections = inspections;
		this.views = views;
		this.report = report;
		this.scope = scope;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("checks", this.inspections.list().stream().map(this.views::row).toList());
		Quarter current = Quarter.of(this.inspections.today());
		model.addAttribute("quarters", List.of(current.toString(), current.previous().toString(),
				current.previous().previous().toString(), current.previous().previous().previous().toString()));
		return "supervision/inspection/list";
	}

	@GetMapping("/report.pdf")
	void report(@RequestParam(required = false) String quarter, Authentication who, HttpServletResponse response)
			throws IOException {
		Quarter q = quarter == null || quarter.isBlank() ? Quarter.of(this.inspections.today())
				: Quarter.parse(quarter);
		if (q == null) {
			throw InputRejected.invalid("quarter", "季度格式应为 2026-Q4");
		}
		String agency = this.scope.agencyOf(who.getName()).orElseThrow(() -> new OutOfScope("您的账号未归属本局的股室，不能导出督查情况报告"));
		byte[] pdf = this.report.render(agency, q, this.inspections.today());
		response.setContentType(InspectionReport.MEDIA_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(q.label() + "督查情况报告.pdf", StandardCharsets.UTF_8)
					.build()
					.toString());
		response.setContentLength(pdf.length);
		try (OutputStream out = response.getOutputStream()) {
			out.write(pdf);
		}
	}

	@GetMapping("/new")
	@PreAuthorize(WRITERS)
	String createForm(Model model) {
		LocalDate today = this.inspections.today();
		Quarter last = Quarter.of(today).previous();
		return form(model, new CheckForm("", CheckKind.ADHOC.name(), "", last.first(), last.last(), today,
				Inspections.DEFAULT_SAMPLE), null, null);
	}

	@PostMapping
	@PreAuthorize(WRITERS)
	String create(@RequestParam(required = false) String title, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String unitCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodTo,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate scheduledOn,
			@RequestParam(required = false) Integer sampleSize, Authentication who, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		CheckForm form = new CheckForm(title, kind, unitCode, periodFrom, periodTo, scheduledOn, sampleSize);
		try {
			UUID id = this.inspections.plan(form, who.getName());
			redirect.addFlashAttribute("saved", "已新建督查");
			return "redirect:/console/supervision/checks/" + id;
		}
		catch (InputRejected ex) {
			response.setStatus(ex.kind().status());
			return form(model, form, ex, null);
		}
		catch (OutOfScope ex) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return form(model, form, null, ex.getMessage());
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Authentication who, Model model) {
		return page(id, who, model, null);
	}

	@GetMapping("/{id}/sample")
	String verify(@PathVariable UUID id, Authentication who, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("verification", this.inspections.verifySample(id));
			return page(id, who, model, null);
		}
		catch (InputRejected ex) {
			response.setStatus(ex.kind().status());
			return page(id, who, model, ex.firstMessage());
		}
	}

	@PostMapping("/{id}/sample")
	@PreAuthorize(WRITERS)
	String draw(@PathVariable UUID id, @RequestParam(required = false) String seed, Authentication who, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return command(id, who, model, redirect, response, "已抽取样本，检查表已按案件记录预填，请逐案确认", () -> {
			Long s = null;
			if (seed != null && !seed.isBlank()) {
				try {
					s = Long.parseLong(seed.strip());
				}
				catch (NumberFormatException ex) {
					throw InputRejected.invalid("seed", "随机种子应为整数（可留空由系统生成）");
				}
			}
			this.inspections.draw(id, s, who.getName());
		});
	}

	@GetMapping("/{id}/cases/{caseId}")
	String checklist(@PathVariable UUID id, @PathVariable UUID caseId, Authentication who, Model model) {
		return checklistPage(id, caseId, who, model, null, Map.of(), Map.of(), null, "");
	}

	@PostMapping("/{id}/cases/{caseId}")
	@PreAuthorize(WRITERS)
	String confirm(@PathVariable UUID id, @PathVariable UUID caseId, @RequestParam Map<String, String> params,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate rectificationDue,
			Authentication who, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Map<String, String> verdicts = new HashMap<>();
		Map<String, String> notes = new HashMap<>();
		params.forEach((k, v) -> {
			if (k.startsWith("verdict.")) {
				verdicts.put(k.substring("verdict.".length()), v);
			}
			else if (k.startsWith("note.")) {
				notes.put(k.substring("note.".length()), v);
			}
		});
		String owner = params.get("owner");
		try {
			List<UUID> findings = this.inspections.confirm(id, caseId, verdicts, notes, rectificationDue, owner,
					who.getName());
			redirect.addFlashAttribute("saved",
					findings.isEmpty() ? "已确认检查表" : "已确认检查表，发现问题 " + findings.size() + " 个，已转为整改任务");
			return "redirect:/console/supervision/checks/" + id;
		}
		catch (InputRejected ex) {
			response.setStatus(ex.kind().status());
			return checklistPage(id, caseId, who, model, ex, verdicts, notes, rectificationDue, owner);
		}
		catch (OutOfScope ex) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return checklistPage(id, caseId, who, model, InputRejected.unprocessable("verdict", ex.getMessage()),
					verdicts, notes, rectificationDue, owner);
		}
	}

	@PostMapping("/{id}/findings")
	@PreAuthorize(WRITERS)
	String finding(@PathVariable UUID id, @RequestParam(required = false) String description,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate rectificationDue,
			@RequestParam(required = false) String owner, Authentication who, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return command(id, who, model, redirect, response, "已记录问题并转为整改任务",
				() -> this.inspections.recordFinding(id, description, rectificationDue, owner, who.getName()));
	}

	@PostMapping("/{id}/completion")
	@PreAuthorize(WRITERS)
	String complete(@PathVariable UUID id, @RequestParam(required = false) String conclusion, Authentication who,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return command(id, who, model, redirect, response, "督查已完成",
				() -> this.inspections.complete(id, conclusion, who.getName()));
	}

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(NotFound ex) {
		return error(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(OutOfScope.class)
	ModelAndView outOfScope(OutOfScope ex) {
		return error(HttpStatus.FORBIDDEN, ex.getMessage());
	}

	@ExceptionHandler(InputRejected.class)
	ModelAndView rejected(InputRejected ex) {
		return error(HttpStatus.valueOf(ex.kind().status()), ex.firstMessage());
	}

	private static ModelAndView error(HttpStatus status, String detail) {
		return ErrorPages.page(status, detail);
	}

	private String command(UUID id, Authentication who, Model model, RedirectAttributes redirect,
			HttpServletResponse response, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("saved", done);
			return "redirect:/console/supervision/checks/" + id;
		}
		catch (InputRejected ex) {
			response.setStatus(ex.kind().status());
			return page(id, who, model, ex.firstMessage());
		}
		catch (OutOfScope ex) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return page(id, who, model, ex.getMessage());
		}
	}

	private String page(UUID id, Authentication who, Model model, String error) {
		Inspections.Details details = this.inspections.open(id);
		LocalDate today = this.inspections.today();
		model.addAttribute("view", this.views.view(details, today));
		model.addAttribute("mayAct", mayAct(who) && details.check().status() != SupervisionCheck.Status.COMPLETED);
		model.addAttribute("drawable", !details.check().scheduledOn().isAfter(today));
		model.addAttribute("defaultDue", today.plusDays(30));
		model.addAttribute("error", error);
		return "supervision/inspection/check";
	}

	private String checklistPage(UUID id, UUID caseId, Authentication who, Model model, InputRejected rejected,
			Map<String, String> verdicts, Map<String, String> notes, LocalDate due, String owner) {
		Inspections.Details details = this.inspections.open(id);
		SupervisionCheck.SampledCase sampled = details.cases()
			.stream()
			.filter(c -> c.caseId().equals(caseId))
			.findFirst()
			.orElseThrow(() -> new NotFound("该案件不在本次督查的抽查样本中"));
		LocalDate today = this.inspections.today();
		model.addAttribute("check", this.views.row(details.check()));
		model.addAttribute("sampled", this.views.caseRow(sampled, details.pointsOf(caseId)));
		model.addAttribute("verdicts", verdicts);
		model.addAttribute("notes", notes);
		model.addAttribute("allVerdicts", Verdict.values());
		model.addAttribute("due", due == null ? today.plusDays(30) : due);
		model.addAttribute("owner", owner == null ? "" : owner);
		model.addAttribute("editable",
				mayAct(who) && !sampled.confirmed() && details.check().status() == SupervisionCheck.Status.IN_PROGRESS);
		model.addAttribute("errors", rejected == null ? List.of() : rejected.errors());
		return "supervision/inspection/checklist";
	}

	private String form(Model model, CheckForm form, InputRejected rejected, String error) {
		model.addAttribute("form", form);
		model.addAttribute("kinds", CheckKind.values());
		model.addAttribute("units", this.views.units());
		model.addAttribute("errors", rejected == null ? List.of() : rejected.errors());
		model.addAttribute("error", error);
		return "supervision/inspection/form";
	}

	private static boolean mayAct(Authentication who) {
		return who != null && who.getAuthorities()
			.stream()
			.anyMatch(a -> a.getAuthority().equals("ROLE_SUPERVISOR") || a.getAuthority().equals("ROLE_DIRECTOR"));
	}

}
