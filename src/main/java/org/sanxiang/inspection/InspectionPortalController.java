package org.sanxiang.inspection;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.platform.NotFound;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * 双随机、一公开 on the portal, no login: the plans with their status (已作废 with the reason and
 * the plan that replaces it), one plan with its draw's public inputs, how to repeat the
 * draw and the drawn targets, and the published results (GS-3, GS-5). Read without
 * JavaScript; every value is escaped by the templates.
 */
@Controller
class InspectionPortalController {

	static final int PAGE_SIZE = 50;

	static final String NOT_FOUND = "未找到该抽查计划";

	private final PublicInspections inspections;

	private final Clock clock;

	InspectionPortalController(PublicInspections inspections, Clock clock) {
		this.inspections = inspections;
		this.clock = clock;
	}

	/** Local (Beijing) time as the portal writes it. */
	record Times(ZoneId zone) {

		private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

		private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

		public String at(Instant at) {
			return at == null ? "—" : MINUTES.format(at.atZone(this.zone));
		}

		public String exact(Instant at) {
			return at == null ? "—" : SECONDS.format(at.atZone(this.zone));
		}

	}

	/** Lets the layout mark the current section of the navigation (aria-current). */
	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	@ModelAttribute("t")
	Times times() {
		return new Times(this.clock.getZone());
	}

	@GetMapping("/inspections")
	String plans(Model model) {
		model.addAttribute("plans", this.inspections.plans());
		return "inspection/portal-plans";
	}

	@GetMapping("/inspections/{number}")
	String plan(@PathVariable String number, Model model) {
		Plan plan = this.inspections.find(number).orElseThrow(() -> new NotFound(NOT_FOUND));
		model.addAttribute("plan", this.inspections.plan(plan));
		model.addAttribute("draw", this.inspections.draw(plan).orElse(null));
		model.addAttribute("results", this.inspections.resultsOf(plan));
		return "inspection/portal-plan";
	}

	@GetMapping("/inspections/results")
	String results(@RequestParam(required = false) String year, @RequestParam(required = false) String result,
			@RequestParam(required = false) String page, Model model, HttpServletResponse response) {
		ResultFilter filter = ResultFilter.parse(year, result);
		int number = ResultFilter.page(page);
		PublicInspections.ResultPage rows = this.inspections.results(filter.year(), filter.result(),
				(number - 1) * PAGE_SIZE, PAGE_SIZE);
		model.addAttribute("rows", rows);
		model.addAttribute("year", filter.year());
		model.addAttribute("result", filter.result());
		model.addAttribute("years", this.inspections.years());
		model.addAttribute("resultKinds", ResultPublication.RESULTS);
		model.addAttribute("page", number);
		model.addAttribute("pages", Math.max(1, (rows.total() + PAGE_SIZE - 1) / PAGE_SIZE));
		return "inspection/portal-results";
	}

	@GetMapping("/inspections/results/{id}")
	String result(@PathVariable UUID id, Model model) {
		model.addAttribute("r", this.inspections.result(id).orElseThrow(() -> new NotFound("未找到该抽查结果，或尚未公示")));
		return "inspection/portal-result";
	}

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(NotFound ex, HttpServletRequest request) {
		ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
		page.addObject("detail", ex.getMessage());
		page.addObject("status", 404);
		page.addObject("currentPath", currentPath(request));
		return page;
	}

	@ExceptionHandler({ org.sanxiang.platform.InputRejected.class,
			org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class })
	ModelAndView badParameter(Exception ex, HttpServletRequest request) {
		ModelAndView page = new ModelAndView("error", HttpStatus.BAD_REQUEST);
		page.addObject("status", 400);
		page.addObject("detail",
				ex instanceof org.sanxiang.platform.InputRejected rejected ? rejected.firstMessage() : "参数格式不正确");
		page.addObject("currentPath", currentPath(request));
		return page;
	}

}
