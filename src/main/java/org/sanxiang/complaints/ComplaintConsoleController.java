package org.sanxiang.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.platform.ErrorPages;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.NotFound;

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
 * 负责人 and 督查 handle complaints: the list with status and deadline (overdue marked), a
 * complaint's page to assign a handler, record progress, reply and close. A complaint the
 * viewer may not see is "not found" (see {@link ComplaintAccess}).
 */
@Controller
@RequestMapping("/console/complaints")
@PreAuthorize("hasAnyRole('DIRECTOR', 'SUPERVISOR')")
class ComplaintConsoleController {

	private final ComplaintDesk desk;

	private final Clock clock;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/** A progress note as the page shows it, in local time. */
	record NoteRow(String at, String author, String text) {
	}

	ComplaintConsoleController(ComplaintDesk desk, Clock clock) {
		this.desk = desk;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) String status, Authentication who, Model model) {
		ComplaintStatus wanted = parse(status);
		List<Complaint> complaints = this.desk.visibleTo(Viewers.of(who))
			.stream()
			.filter(c -> wanted == null || c.status() == wanted)
			.toList();
		model.addAttribute("complaints", complaints);
		model.addAttribute("statuses", ComplaintStatus.values());
		model.addAttribute("status", wanted == null ? "" : wanted.name());
		model.addAttribute("today", LocalDate.now(this.clock));
		return "complaints/console-list";
	}

	@GetMapping("/{number}")
	String show(@PathVariable String number, Authentication who, Model model) {
		return page(number, who, model, null);
	}

	@PostMapping("/{number}/handler")
	String assign(@PathVariable String number, @RequestParam(required = false) String handler, Authentication who,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return command(number, who, model, redirect, response, "已指派承办人",
				() -> this.desk.assign(number, handler, Viewers.of(who)));
	}

	@PostMapping("/{number}/notes")
	String note(@PathVariable String number, @RequestParam(required = false) String note, Authentication who,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return command(number, who, model, redirect, response, "已记录处理情况",
				() -> this.desk.note(number, note, Viewers.of(who)));
	}

	@PostMapping("/{number}/reply")
	String reply(@PathVariable String number, @RequestParam(required = false) String reply, Authentication who,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return command(number, who, model, redirect, response, "已答复，投诉举报人可在查询页面看到答复",
				() -> this.desk.reply(number, reply, Viewers.of(who)));
	}

	@PostMapping("/{number}/close")
	String close(@PathVariable String number, Authentication who, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return command(number, who, model, redirect, response, "已办结", () -> this.desk.close(number, Viewers.of(who)));
	}

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(NotFound ex) {
		return ErrorPages.page(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	private String command(String number, Authentication who, Model model, RedirectAttributes redirect,
			HttpServletResponse response, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("saved", done);
			return "redirect:/console/complaints/" + number;
		}
		catch (InputRejected ex) {
			response.setStatus(ex.kind().status());
			return page(number, who, model, ex.firstMessage());
		}
	}

	private String page(String number, Authentication who, Model model, String error) {
		ComplaintDesk.Handling handling = this.desk.open(number, Viewers.of(who));
		model.addAttribute("complaint", handling.complaint());
		model.addAttribute("notes",
				handling.notes()
					.stream()
					.map(n -> new NoteRow(TIME.format(n.at().atZone(this.clock.getZone())), n.author(), n.text()))
					.toList());
		model.addAttribute("handlers", this.desk.handlersFor(handling.complaint()));
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("error", error);
		return "complaints/console-detail";
	}

	private static ComplaintStatus parse(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		for (ComplaintStatus s : ComplaintStatus.values()) {
			if (s.name().equalsIgnoreCase(status.strip()) || s.label().equals(status.strip())) {
				return s;
			}
		}
		return null;
	}

}
