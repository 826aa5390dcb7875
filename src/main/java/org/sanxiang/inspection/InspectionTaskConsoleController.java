package org.sanxiang.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.platform.DateInput;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.NotFound;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The drawn inspectors' pages for the field, made for a phone: their tasks, and one
 * assignment's sheet — the target, the items checked, the inspectors and their
 * certificates, the upload of the visit's recordings (the evidence module's resumable
 * upload, activity 随机抽查) and the result form. Readable without JavaScript; only the
 * upload needs it.
 */
@Controller
@RequestMapping("/console/inspection")
@PreAuthorize("hasAnyRole('OFFICER', 'DIRECTOR', 'SUPERVISOR')")
class InspectionTaskConsoleController {

	private final InspectionWork work;

	private final long maxUpload;

	private final long chunkSize;

	private final Clock clock;

	InspectionTaskConsoleController(InspectionWork work, Clock clock,
			@Value("${sanxiang.evidence.max-size:4GB}") DataSize maxUpload,
			@Value("${sanxiang.evidence.upload-chunk-size:8MB}") DataSize chunkSize) {
		this.work = work;
		this.clock = clock;
		this.maxUpload = maxUpload.toBytes();
		this.chunkSize = chunkSize.toBytes();
	}

	/** The result form as typed, kept when it is refused. */
	record ResultForm(String inspectedOn, List<String> inspectors, String location, String findings, String result,
			String followUp, String rectifyBy) {

		ResultForm {
			inspectors = inspectors == null ? List.of() : List.copyOf(inspectors);
		}

		public boolean present(String officerId) {
			return this.inspectors.contains(officerId);
		}

	}

	@GetMapping("/tasks")
	String tasks(Authentication who, Model model) {
		model.addAttribute("officer", this.work.officerOf(who.getName()).orElse(null));
		model.addAttribute("tasks", this.work.tasksOf(who.getName()));
		return "inspection/tasks";
	}

	@GetMapping("/assignments/{id}")
	String sheet(@PathVariable UUID id, Authentication who, Model model) {
		InspectionWork.Sheet sheet = this.work.sheet(id);
		List<String> mine = sheet.inspectors()
			.stream()
			.filter(i -> i.account() != null && i.account().equalsIgnoreCase(who.getName()))
			.map(InspectionWork.Inspector::officerId)
			.toList();
		// the signed-in inspector is ticked; the others tick themselves in as present
		return page(sheet, who, model, new ResultForm(sheet.today().toString(), mine, null, null, null, null, null),
				Map.of(), null);
	}

	@PostMapping("/assignments/{id}")
	@PreAuthorize("hasAnyRole('OFFICER', 'DIRECTOR')")
	String record(@PathVariable UUID id, @RequestParam(required = false) String inspectedOn,
			@RequestParam(name = "inspector", required = false) List<String> inspectors,
			@RequestParam(required = false) String location, @RequestParam(required = false) String findings,
			@RequestParam(required = false) String result, @RequestParam(required = false) String followUp,
			@RequestParam(required = false) String rectifyBy, Authentication who, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		ResultForm form = new ResultForm(inspectedOn, inspectors, location, findings, result, followUp, rectifyBy);
		try {
			List<InputRejected.FieldError> malformed = new ArrayList<>();
			LocalDate on = DateInput.optional("inspectedOn", "检查日期", inspectedOn, malformed);
			LocalDate by = DateInput.optional("rectifyBy", "整改期限", rectifyBy, malformed);
			if (!malformed.isEmpty()) {
				throw new InputRejected(InputRejected.Kind.INVALID, malformed);
			}
			List<InspectionWork.Shown> shown = form.inspectors()
				.stream()
				.map(officer -> new InspectionWork.Shown(officer, null))
				.toList();
			this.work.record(id, new InspectionWork.Command(on, shown, location, findings, result, followUp, by),
					who.getName());
			redirect.addFlashAttribute("saved", "已登记检查结果");
			return "redirect:/console/inspection/assignments/" + id + "#result";
		}
		catch (InputRejected ex) {
			response.setStatus(ex.kind().status());
			Map<String, List<String>> errors = new LinkedHashMap<>();
			ex.errors().forEach(e -> errors.computeIfAbsent(e.field(), f -> new ArrayList<>()).add(e.message()));
			return page(this.work.sheet(id), who, model, form, errors, ex.firstMessage());
		}
		catch (NotAnInspector ex) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return page(this.work.sheet(id), who, model, form, Map.of(), ex.getMessage());
		}
	}

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(NotFound ex) {
		return error(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(InputRejected.class)
	ModelAndView rejected(InputRejected ex) {
		return error(HttpStatus.valueOf(ex.kind().status()), ex.firstMessage());
	}

	private static ModelAndView error(HttpStatus status, String detail) {
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("detail", detail);
		page.addObject("status", status.value());
		return page;
	}

	private String page(InspectionWork.Sheet sheet, Authentication who, Model model, ResultForm form,
			Map<String, List<String>> errors, String problem) {
		boolean drawn = sheet.inspectors()
			.stream()
			.anyMatch(i -> i.account() != null && i.account().equalsIgnoreCase(who.getName()));
		model.addAttribute("sheet", sheet);
		model.addAttribute("drawnInspector", drawn);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		model.addAttribute("results", InspectionRecord.RESULTS);
		model.addAttribute("maxSize", this.maxUpload);
		model.addAttribute("maxSizeText", (this.maxUpload / (1024 * 1024)) + " MB");
		model.addAttribute("chunkSize", this.chunkSize);
		model.addAttribute("user", who.getName());
		model.addAttribute("zone", this.clock.getZone());
		return "inspection/assignment";
	}

}
