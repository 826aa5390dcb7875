package org.sanxiang.inspection;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.StaffActors;
import org.sanxiang.identity.Role;
import org.sanxiang.platform.DateInput;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.NotFound;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 抽查结果公示 in the console: recorded results not yet public with their due day (GS-3: 20
 * working days; overdue ones first), the published ones, and a result's page where a 负责人
 * withdraws (GS-4) or corrects it with a public reason, or publishes one that was
 * recorded before publication was automatic. Staff read; only a 负责人 acts. Bad input
 * answers 4xx with the page and a Chinese message; nothing is stored.
 */
@Controller
@RequestMapping("/console/inspection/results")
class ResultConsoleController {

	static final int LIMIT = 200;

	private final ResultPublishing publishing;

	private final ResultPublications publications;

	private final PublicInspections inspections;

	private final java.time.Clock clock;

	ResultConsoleController(ResultPublishing publishing, ResultPublications publications, PublicInspections inspections,
			java.time.Clock clock) {
		this.publishing = publishing;
		this.publications = publications;
		this.inspections = inspections;
		this.clock = clock;
	}

	@ModelAttribute("t")
	InspectionPortalController.Times times() {
		return new InspectionPortalController.Times(this.clock.getZone());
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("due", this.publishing.due());
		model.addAttribute("published", this.publications.published(null, null, 0, LIMIT));
		model.addAttribute("today", this.publishing.today());
		model.addAttribute("limit", LIMIT);
		return "inspection/results-console";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		ResultPublication p = this.publications.find(id, false).orElseThrow(() -> new NotFound("未找到该抽查结果公示"));
		model.addAttribute("p", p);
		model.addAttribute("history", this.publications.history(id));
		model.addAttribute("resultKinds", ResultPublication.RESULTS);
		model.addAttribute("publicResult", this.inspections.result(id).orElse(null));
		return "inspection/result-console";
	}

	/** Publishes a recorded result that has no publication yet (recorded before V38). */
	@PostMapping("/{id}/publish")
	String publish(@PathVariable UUID id, Authentication auth) {
		Actor actor = director(auth);
		this.publishing.publish(id, actor.account());
		return done(id, "已公示");
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable UUID id, @RequestParam(required = false) String reason, Authentication auth,
			Model model, HttpServletResponse response) {
		Actor actor = director(auth);
		try {
			this.publishing.withdraw(id, reason, actor.account());
		}
		catch (InputRejected ex) {
			return rejected(id, ex, model, response);
		}
		return done(id, "已撤回");
	}

	@PostMapping("/{id}/correct")
	String correct(@PathVariable UUID id, @RequestParam(required = false) String result,
			@RequestParam(required = false) String findings, @RequestParam(required = false) String followUp,
			@RequestParam(required = false) String rectifyBy, @RequestParam(required = false) String explanation,
			Authentication auth, Model model, HttpServletResponse response) {
		Actor actor = director(auth);
		try {
			this.publishing.correct(id, result, findings, followUp, DateInput.optional("rectifyBy", "整改期限", rectifyBy),
					explanation, actor.account());
		}
		catch (InputRejected ex) {
			return rejected(id, ex, model, response);
		}
		return done(id, "已更正");
	}

	private String rejected(UUID id, InputRejected ex, Model model, HttpServletResponse response) {
		response.setStatus(ex.kind().status());
		model.addAttribute("problem", ex.firstMessage());
		return detail(id, model);
	}

	private static String done(UUID id, String what) {
		return "redirect:/console/inspection/results/" + id + "?done="
				+ URLEncoder.encode(what, StandardCharsets.UTF_8);
	}

	/** Publishing decisions are the 负责人's (GS-4). */
	private static Actor director(Authentication auth) {
		Actor actor = StaffActors.of(auth);
		if (!actor.has(Role.DIRECTOR)) {
			throw new AccessDeniedException("抽查结果的公示、撤回和更正需要负责人");
		}
		return actor;
	}

	@ExceptionHandler(NotFound.class)
	String notFound(NotFound ex, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("detail", ex.getMessage());
		return "error/404";
	}

}
