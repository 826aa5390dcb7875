package org.sanxiang.supervision.assessment;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.platform.ErrorPages;
import org.sanxiang.catalog.Agency;
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
 * 绩效考核 in the console: each unit's quarterly or annual score with its parts, a unit's
 * score with the records behind every part and the forms for commendations and
 * accountability, the scheme with its versions and the form for a new one, and the score
 * table as a workbook. 督查, 负责人 and 管理员 read; 督查 and 负责人 decide.
 */
@Controller
@RequestMapping("/console/supervision/assessment")
@PreAuthorize("hasAnyRole('SUPERVISOR', 'DIRECTOR', 'ADMIN')")
class AssessmentConsoleController {

	static final String WRITERS = "hasAnyRole('SUPERVISOR', 'DIRECTOR')";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Assessment assessment;

	private final AssessmentWorkbook workbook;

	AssessmentConsoleController(Assessment assessment, AssessmentWorkbook workbook) {
		this.assessment = assessment;
		this.workbook = workbook;
	}

	/** A commendation or accountability measure as the pages list it. */
	record OutcomeRow(UUID id, String unitCode, String unitName, String kind, String measure, String period,
			String periodQuery, Integer quarter, String reason, String score, List<Outcome.LinkedFinding> findings,
			String decidedBy, String decidedAt, boolean commendation) {
	}

	@GetMapping
	String scores(@RequestParam(required = false) String agency, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String quarter, Model model, HttpServletResponse response) {
		Agency a = this.assessment.agency(agency);
		AssessmentPeriod period;
		try {
			period = period(year, quarter);
		}
		catch (InputRejected ex) {
			response.setStatus(ex.kind().status());
			period = AssessmentPeriod.lastQuarter(this.assessment.today());
			model.addAttribute("error", ex.firstMessage());
		}
		header(model, a, period);
		if (model.getAttribute("error") == null) {
			try {
				model.addAttribute("table", this.assessment.scores(a.creditCode(), period));
			}
			catch (InputRejected ex) {
				response.setStatus(ex.kind().status());
				model.addAttribute("error", ex.firstMessage());
			}
		}
		model.addAttribute("outcomes", rows(a.creditCode(), period.year()));
		return "supervision/assessment/scores";
	}

	@GetMapping("/units/{unit}")
	String unit(@PathVariable String unit, @RequestParam(required = false) String agency,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String quarter, Model model) {
		Agency a = this.assessment.agency(agency);
		return unitPage(a, unit, period(year, quarter), model, null, null);
	}

	@PostMapping("/records")
	@PreAuthorize(WRITERS)
	String record(@RequestParam(required = false) String agency, @RequestParam(required = false) String unitCode,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String quarter,
			@RequestParam(required = false) String measure, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String onScore, @RequestParam(required = false) List<UUID> findingIds,
			Authentication who, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Agency a = this.assessment.agency(agency);
		AssessmentPeriod period = period(year, quarter);
		Assessment.OutcomeForm form = new Assessment.OutcomeForm(a.creditCode(), unitCode, measure, period.year(),
				period.quarter(), reason, onScore != null, findingIds);
		try {
			this.assessment.record(form, who.getName());
			Measure m = Measure.parse(measure);
			redirect.addFlashAttribute("saved", "已记录" + m.kindLabel() + "：" + m.label());
			return "redirect:/console/supervision/assessment/units/" + unitCode + "?year=" + period.year() + "&quarter="
					+ quarterParam(period);
		}
		catch (InputRejected ex) {
			response.setStatus(ex.kind().status());
			return unitPage(a, unitCode, period, model, ex.firstMessage(), form);
		}
	}

	@GetMapping("/scheme")
	String scheme(@RequestParam(required = false) String agency, Model model) {
		Agency a = this.assessment.agency(agency);
		List<ScoringScheme> versions = this.assessment.versions(a.creditCode());
		ScoringScheme.Form form;
		if (versions.isEmpty()) {
			form = new ScoringScheme.Form(this.assessment.today(), Map.of(), "", "", "90", "80", "60", "");
		}
		else {
			ScoringScheme s = versions.get(0);
			Map<String, String> weights = new LinkedHashMap<>();
			s.weights().forEach((c, w) -> weights.put(c.code(), ScoringScheme.plain(w)));
			form = new ScoringScheme.Form(nextQuarter(this.assessment.today()), weights,
					ScoringScheme.plain(s.findingPoints()), ScoringScheme.plain(s.overduePoints()),
					ScoringScheme.plain(s.excellentFrom()), ScoringScheme.plain(s.goodFrom()),
					ScoringScheme.plain(s.passFrom()), "");
		}
		return schemePage(a, versions, form, null, model);
	}

	@PostMapping("/scheme")
	@PreAuthorize(WRITERS)
	String adopt(@RequestParam(required = false) String agency,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@RequestParam Map<String, String> params, Authentication who, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Agency a = this.assessment.agency(agency);
		Map<String, String> weights = new LinkedHashMap<>();
		for (ScoreComponent c : ScoreComponent.values()) {
			weights.put(c.code(), params.get("weight." + c.code()));
		}
		ScoringScheme.Form form = new ScoringScheme.Form(effectiveFrom, weights, params.get("findingPoints"),
				params.get("overduePoints"), params.get("excellentFrom"), params.get("goodFrom"),
				params.get("passFrom"), params.get("note"));
		try {
			ScoringScheme s = this.assessment.adopt(a.creditCode(), form, who.getName());
			redirect.addFlashAttribute("saved", "已制定考核方案第 " + s.version() + " 版，自 " + s.effectiveFrom() + " 起施行");
			return "redirect:/console/supervision/assessment/scheme";
		}
		catch (InputRejected ex) {
			response.setStatus(ex.kind().status());
			return schemePage(a, this.assessment.versions(a.creditCode()), form, ex, model);
		}
	}

	@GetMapping("/scores.xlsx")
	void export(@RequestParam(required = false) String agency, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String quarter, HttpServletResponse response) throws IOException {
		Agency a = this.assessment.agency(agency);
		AssessmentPeriod period = period(year, quarter);
		Assessment.ScoreTable table = this.assessment.scores(a.creditCode(), period);
		response.setContentType(AssessmentWorkbook.MEDIA_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("绩效考核-" + period.label() + ".xlsx", StandardCharsets.UTF_8)
					.build()
					.toString());
		try (OutputStream out = response.getOutputStream()) {
			this.workbook.write(table, out);
		}
	}

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(NotFound ex) {
		return errorPage(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(InputRejected.class)
	ModelAndView rejected(InputRejected ex) {
		return errorPage(HttpStatus.valueOf(ex.kind().status()), ex.firstMessage());
	}

	private static ModelAndView errorPage(HttpStatus status, String detail) {
		return ErrorPages.page(status, detail);
	}

	private String unitPage(Agency a, String unit, AssessmentPeriod period, Model model, String error,
			Assessment.OutcomeForm form) {
		header(model, a, period);
		UnitScore score = null;
		String scoreError = null;
		try {
			score = this.assessment.score(a.creditCode(), unit, period);
		}
		catch (InputRejected ex) {
			scoreError = ex.firstMessage();
		}
		Map<String, String> units = this.assessment.units(a.creditCode());
		if (!units.containsKey(unit)) {
			throw new NotFound("该执法主体没有这个单位：" + unit);
		}
		model.addAttribute("unitCode", unit);
		model.addAttribute("unitName", units.get(unit));
		model.addAttribute("score", score);
		model.addAttribute("scoreError", scoreError);
		model.addAttribute("findings", this.assessment.findingsOfYear(a.creditCode(), unit, period.year()));
		model.addAttribute("measures", Measure.values());
		model.addAttribute("error", error);
		model.addAttribute("form", form);
		Measure tried = form == null ? null : Measure.parse(form.measure());
		boolean commending = tried != null && tried.commendation();
		model.addAttribute("reasonCommend", form != null && commending ? form.reason() : "");
		model.addAttribute("reasonAccount", form != null && !commending ? form.reason() : "");
		model.addAttribute("outcomes",
				rows(a.creditCode(), period.year()).stream().filter(o -> o.unitCode().equals(unit)).toList());
		return "supervision/assessment/unit";
	}

	private String schemePage(Agency a, List<ScoringScheme> versions, ScoringScheme.Form form, InputRejected rejected,
			Model model) {
		model.addAttribute("agency", a);
		model.addAttribute("versions", versions);
		model.addAttribute("inForce", this.assessment.inForce(a.creditCode(), this.assessment.today()).orElse(null));
		model.addAttribute("components", ScoreComponent.values());
		model.addAttribute("form", form);
		model.addAttribute("errors", rejected == null ? List.of() : rejected.errors());
		model.addAttribute("zone", this.assessment.zone());
		return "supervision/assessment/scheme";
	}

	private void header(Model model, Agency a, AssessmentPeriod period) {
		model.addAttribute("agency", a);
		model.addAttribute("agencies", List.of(a));
		model.addAttribute("period", period);
		model.addAttribute("quarterParam", quarterParam(period));
		model.addAttribute("components", ScoreComponent.values());
		int thisYear = this.assessment.today().getYear();
		model.addAttribute("years", java.util.stream.IntStream.rangeClosed(thisYear - 4, thisYear).boxed().toList());
	}

	private List<OutcomeRow> rows(String agencyCode, int year) {
		Map<String, String> units = this.assessment.units(agencyCode);
		ZoneId zone = this.assessment.zone();
		return this.assessment.outcomes(agencyCode, year)
			.stream()
			.map(o -> new OutcomeRow(o.id(), o.unitCode(), units.getOrDefault(o.unitCode(), o.unitCode()),
					o.measure().kindLabel(), o.measure().label(), o.period().label(), quarterParam(o.period()),
					o.quarter(), o.reason(),
					o.score() == null ? null
							: o.score().toPlainString() + " 分（" + o.grade() + "，方案第 " + o.schemeVersion() + " 版）",
					o.findings(), o.decidedBy(), TIME.format(o.decidedAt().atZone(zone)), o.measure().commendation()))
			.toList();
	}

	/**
	 * The period asked for: a quarter 1–4, {@code year} for the whole year, or the last
	 * quarter.
	 */
	private AssessmentPeriod period(Integer year, String quarter) {
		String q = quarter == null ? "" : quarter.strip();
		if (year == null && q.isEmpty()) {
			return AssessmentPeriod.lastQuarter(this.assessment.today());
		}
		int y = year == null ? this.assessment.today().getYear() : year;
		if (q.equals("year") || q.isEmpty()) {
			return AssessmentPeriod.of(y, null);
		}
		try {
			return AssessmentPeriod.of(y, Integer.valueOf(q));
		}
		catch (NumberFormatException ex) {
			throw InputRejected.invalid("quarter", "季度只能是 1 至 4（年度考核不填季度）");
		}
	}

	static String quarterParam(AssessmentPeriod period) {
		return period.quarter() == null ? "year" : String.valueOf(period.quarter());
	}

	private static LocalDate nextQuarter(LocalDate today) {
		LocalDate first = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
		return first.plusMonths(3);
	}

}
