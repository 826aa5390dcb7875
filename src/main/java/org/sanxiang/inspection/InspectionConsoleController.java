package org.sanxiang.inspection;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.Officer;
import org.sanxiang.platform.DateInput;
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
 * 双随机 in the console: the plans (announce, read a plan with its draw and whether the draw
 * repeats from its public inputs, cancel) and the registers (检查对象名录 with the licences
 * each holds, 回避申报). Staff of the agency read; 负责人 announce and cancel plans and withdraw
 * conflicts; window staff, officers and 负责人 keep the register. Bad input re-renders the
 * form with its status and the reasons next to the fields.
 */
@Controller
@RequestMapping("/console/inspection")
@PreAuthorize(InspectionApiController.STAFF)
class InspectionConsoleController {

	private final InspectionPlans plans;

	private final TargetRegister register;

	private final InspectionStore store;

	private final Draws draws;

	private final InspectionScope scope;

	private final Catalog catalog;

	private final Clock clock;

	InspectionConsoleController(InspectionPlans plans, TargetRegister register, InspectionStore store, Draws draws,
			InspectionScope scope, Catalog catalog, Clock clock) {
		this.plans = plans;
		this.register = register;
		this.store = store;
		this.draws = draws;
		this.scope = scope;
		this.catalog = catalog;
		this.clock = clock;
	}

	// --- plans ---

	@GetMapping("/plans")
	String plans(Authentication who, Model model) {
		String agency = this.scope.agencyOf(who.getName());
		List<Plan> all = this.plans.plans(agency);
		model.addAttribute("plans", all);
		model.addAttribute("zone", InspectionPlans.BEIJING);
		model.addAttribute("itemNames", itemNames());
		if (!model.containsAttribute("form")) {
			LocalDate today = LocalDate.now(this.clock.withZone(InspectionPlans.BEIJING));
			model.addAttribute("form",
					new FormView("", List.of(), List.of(), List.of(), List.of(), "", "", "2", List.of(),
							today.plusDays(7).toString(), today.plusMonths(1).toString(),
							today.plusDays(3).atTime(9, 0).toString(), ""));
		}
		formChoices(agency, all, model);
		return "inspection/plans";
	}

	/** An officer of the pool and whether a draw today would take them. */
	record PoolRow(Officer officer, boolean certified) {
	}

	/** The announce form as typed, kept on error. */
	record FormView(String title, List<String> itemCodes, List<String> areas, List<String> industries,
			List<String> licensedItems, String sampleSize, String samplePercent, String inspectorsPerTarget,
			List<String> inspectorUnits, String periodStart, String periodEnd, String drawAt, String replaces) {
	}

	@PostMapping("/plans")
	@PreAuthorize(InspectionApiController.DIRECTOR)
	String announce(@RequestParam(required = false) String title,
			@RequestParam(required = false) List<String> itemCodes, @RequestParam(required = false) List<String> areas,
			@RequestParam(required = false) List<String> industries,
			@RequestParam(required = false) List<String> licensedItems,
			@RequestParam(required = false) String sampleSize, @RequestParam(required = false) String samplePercent,
			@RequestParam(required = false) String inspectorsPerTarget,
			@RequestParam(required = false) List<String> inspectorUnits,
			@RequestParam(required = false) String periodStart, @RequestParam(required = false) String periodEnd,
			@RequestParam(required = false) String drawAt, @RequestParam(required = false) String replaces,
			Authentication who, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		FormView typed = new FormView(title, orEmpty(itemCodes), orEmpty(areas), orEmpty(industries),
				orEmpty(licensedItems), sampleSize, samplePercent, inspectorsPerTarget, orEmpty(inspectorUnits),
				periodStart, periodEnd, drawAt, replaces);
		String agency = this.scope.agencyOf(who.getName());
		try {
			InspectionPlans.PlanForm form = new InspectionPlans.PlanForm(title, typed.itemCodes(), typed.areas(),
					typed.industries(), typed.licensedItems(), integer("sampleSize", sampleSize, "抽取户数"),
					decimal(samplePercent), integer("inspectorsPerTarget", inspectorsPerTarget, "每个对象执法人员数"),
					typed.inspectorUnits(), DateInput.optional("periodStart", "抽查对象期间起", periodStart),
					DateInput.optional("periodEnd", "抽查对象期间止", periodEnd), beijing(drawAt), uuid(replaces));
			Plan plan = this.plans.announce(agency, form, who.getName());
			redirect.addFlashAttribute("saved", "已公布抽查计划 " + plan.number() + "，将于公布的抽取时间后自动抽取");
			return "redirect:/console/inspection/plans/" + plan.id();
		}
		catch (InputRejected ex) {
			response.setStatus(ex.kind().status());
			model.addAttribute("form", typed);
			model.addAttribute("errors", fieldErrors(ex));
			return plans(who, model);
		}
	}

	@GetMapping("/plans/{id}")
	String plan(@PathVariable UUID id, Authentication who, Model model) {
		String agency = this.scope.agencyOf(who.getName());
		Plan plan = this.plans.plan(agency, id);
		model.addAttribute("plan", plan);
		model.addAttribute("zone", InspectionPlans.BEIJING);
		model.addAttribute("itemNames", itemNames());
		Map<String, String> unitNames = unitNames();
		model.addAttribute("poolUnits", plan.inspectorUnits().isEmpty() ? "全局持证执法人员"
				: String.join("、", plan.inspectorUnits().stream().map(u -> unitNames.getOrDefault(u, u)).toList()));
		Map<String, Officer> officers = new LinkedHashMap<>();
		this.catalog.officers().forEach(o -> officers.put(o.id(), o));
		model.addAttribute("officers", officers);
		Optional<DrawResult> draw = this.store.draw(id);
		model.addAttribute("draw", draw.orElse(null));
		model.addAttribute("reproduces", draw.map(d -> this.draws.reproduces(d, plan)).orElse(null));
		model.addAttribute("population", draw.map(d -> d.population().size())
			.orElseGet(() -> this.plans.population(agency, plan.filter()).size()));
		model.addAttribute("replacement", this.store.replacementOf(id).orElse(null));
		model.addAttribute("replaced",
				plan.replaces() == null ? null : this.store.plan(plan.replaces(), false).orElse(null));
		return "inspection/plan";
	}

	@PostMapping("/plans/{id}/cancellation")
	@PreAuthorize(InspectionApiController.DIRECTOR)
	String cancel(@PathVariable UUID id, @RequestParam(required = false) String reason, Authentication who, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			Plan plan = this.plans.cancel(this.scope.agencyOf(who.getName()), id, reason, who.getName());
			redirect.addFlashAttribute("saved", "抽查计划 " + plan.number() + " 已作废；如需抽查，请另行公布计划");
			return "redirect:/console/inspection/plans/" + id;
		}
		catch (InputRejected ex) {
			response.setStatus(ex.kind().status());
			model.addAttribute("problem", ex.firstMessage());
			return plan(id, who, model);
		}
	}

	// --- registers ---

	@GetMapping("/targets")
	String targets(Authentication who, Model model) {
		String agency = this.scope.agencyOf(who.getName());
		model.addAttribute("entries", this.register.entries(agency));
		model.addAttribute("categories", Target.CATEGORIES);
		model.addAttribute("conflictKinds", TargetRegister.CONFLICT_KINDS);
		model.addAttribute("officers",
				this.catalog.officers().stream().filter(o -> o.agencyCode().equals(agency)).toList());
		Map<String, String> names = new LinkedHashMap<>();
		this.catalog.officers().forEach(o -> names.put(o.id(), o.name()));
		model.addAttribute("officerNames", names);
		// 执法检查人员库: every officer of the agency by area, with whether a draw today
		// would take them (持证上岗, ZJ-1)
		LocalDate today = LocalDate.now(this.clock.withZone(InspectionPlans.BEIJING));
		model.addAttribute("pool",
				this.catalog.officers()
					.stream()
					.filter(o -> o.agencyCode().equals(agency))
					.sorted(java.util.Comparator.comparing((Officer o) -> String.join("、", o.areas()))
						.thenComparing(Officer::id))
					.map(o -> new PoolRow(o, o.certifiedOn(today)))
					.toList());
		if (!model.containsAttribute("target")) {
			model.addAttribute("target",
					new TargetRegister.TargetForm("", "", Target.CATEGORIES.get(0), "", "", "", "", List.of(), true));
		}
		return "inspection/targets";
	}

	@PostMapping("/targets")
	@PreAuthorize(InspectionApiController.REGISTRARS)
	String saveTarget(@RequestParam(required = false) String creditCode, @RequestParam(required = false) String name,
			@RequestParam(required = false) String category, @RequestParam(required = false) String legalRepresentative,
			@RequestParam(required = false) String address, @RequestParam(required = false) String area,
			@RequestParam(required = false) String industry, @RequestParam(required = false) String licenceName,
			@RequestParam(required = false) String licenceNumber, @RequestParam(required = false) String licenceIssuer,
			@RequestParam(required = false) String active, Authentication who, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		String agency = this.scope.agencyOf(who.getName());
		List<Target.HeldLicence> licences = new ArrayList<>();
		String code = TargetRegister.strip(creditCode);
		// a change keeps the licences recorded before; the form adds one at a time
		if (code != null) {
			this.store.target(agency, code.toUpperCase()).ifPresent(t -> licences.addAll(t.licences()));
		}
		if (TargetRegister.strip(licenceName) != null) {
			licences.add(new Target.HeldLicence(licenceName, licenceNumber, licenceIssuer, null, null, null));
		}
		TargetRegister.TargetForm form = new TargetRegister.TargetForm(creditCode, name, category, legalRepresentative,
				address, area, industry, licences, active == null || !"false".equals(active));
		try {
			Target saved = this.register.save(agency, form, who.getName());
			redirect.addFlashAttribute("saved", "已保存检查对象「" + saved.name() + "」");
			return "redirect:/console/inspection/targets#t-" + saved.creditCode();
		}
		catch (InputRejected ex) {
			response.setStatus(ex.kind().status());
			model.addAttribute("target", form);
			model.addAttribute("errors", fieldErrors(ex));
			return targets(who, model);
		}
	}

	@PostMapping("/targets/{creditCode}/conflicts")
	@PreAuthorize("hasAnyRole('OFFICER', 'DIRECTOR')")
	String declare(@PathVariable String creditCode, @RequestParam(required = false) String officerId,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String reason,
			Authentication who, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.register.declareConflict(this.scope.agencyOf(who.getName()), creditCode, officerId, kind, reason,
					who.getName());
			redirect.addFlashAttribute("saved", "已登记回避申报");
			return "redirect:/console/inspection/targets#t-" + creditCode;
		}
		catch (InputRejected ex) {
			response.setStatus(ex.kind().status());
			model.addAttribute("problem", ex.firstMessage());
			return targets(who, model);
		}
	}

	@PostMapping("/targets/{creditCode}/conflicts/{id}/withdrawal")
	@PreAuthorize(InspectionApiController.DIRECTOR)
	String withdraw(@PathVariable String creditCode, @PathVariable UUID id, Authentication who, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.register.withdrawConflict(this.scope.agencyOf(who.getName()), id, who.getName());
			redirect.addFlashAttribute("saved", "已撤回回避申报（记录保留）");
			return "redirect:/console/inspection/targets#t-" + creditCode;
		}
		catch (InputRejected ex) {
			response.setStatus(ex.kind().status());
			model.addAttribute("problem", ex.firstMessage());
			return targets(who, model);
		}
	}

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(NotFound ex) {
		return ErrorPages.page(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(InspectionScope.OutsideAgency.class)
	ModelAndView outside(InspectionScope.OutsideAgency ex) {
		return ErrorPages.page(HttpStatus.FORBIDDEN, ex.getMessage());
	}

	@ExceptionHandler(InputRejected.class)
	ModelAndView rejected(InputRejected ex) {
		return ErrorPages.page(HttpStatus.valueOf(ex.kind().status()), ex.firstMessage());
	}

	private void formChoices(String agency, List<Plan> all, Model model) {
		model.addAttribute("listed",
				this.catalog.randomInspectionList().stream().filter(i -> i.agencyCode().equals(agency)).toList());
		model.addAttribute("items", this.catalog.items().stream().filter(i -> i.agencyCode().equals(agency)).toList());
		List<Target> targets = this.store.targets(agency);
		model.addAttribute("areas", new TreeSet<>(targets.stream().map(Target::area).toList()));
		model.addAttribute("industries", new TreeSet<>(targets.stream().map(Target::industry).toList()));
		model.addAttribute("units", this.catalog.units().stream().filter(u -> u.agencyCode().equals(agency)).toList());
		// A replacement belongs to the same agency, so the agency's plans tell which
		// cancelled ones are still waiting for one.
		Set<UUID> replaced = all.stream().map(Plan::replaces).filter(Objects::nonNull).collect(Collectors.toSet());
		model.addAttribute("cancelled",
				all.stream().filter(p -> p.status() == PlanStatus.CANCELLED && !replaced.contains(p.id())).toList());
	}

	private Map<String, String> itemNames() {
		Map<String, String> names = new LinkedHashMap<>();
		this.catalog.items().forEach(i -> names.put(i.code(), i.name()));
		return names;
	}

	private Map<String, String> unitNames() {
		Map<String, String> names = new LinkedHashMap<>();
		this.catalog.units().forEach(u -> names.put(u.code(), u.name()));
		return names;
	}

	private static Map<String, String> fieldErrors(InputRejected ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.errors().forEach(e -> errors.merge(e.field(), e.message(), (a, b) -> a + "；" + b));
		return errors;
	}

	private static List<String> orEmpty(List<String> values) {
		return values == null ? List.of() : values;
	}

	private static Integer integer(String field, String text, String label) {
		String t = TargetRegister.strip(text);
		if (t == null) {
			return null;
		}
		try {
			return Integer.valueOf(t);
		}
		catch (NumberFormatException ex) {
			throw InputRejected.invalid(field, label + "应为整数");
		}
	}

	private static BigDecimal decimal(String text) {
		String t = TargetRegister.strip(text);
		if (t == null) {
			return null;
		}
		try {
			return new BigDecimal(t.replace("%", ""));
		}
		catch (NumberFormatException ex) {
			throw InputRejected.invalid("samplePercent", "抽取比例应为数字，如 5 或 12.5");
		}
	}

	/** A {@code datetime-local} value, read as Beijing time. */
	private static Instant beijing(String text) {
		String t = TargetRegister.strip(text);
		if (t == null) {
			return null;
		}
		try {
			return LocalDateTime.parse(t).atZone(InspectionPlans.BEIJING).toInstant();
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw InputRejected.invalid("drawAt", "抽取时间格式应为 2026-12-01T09:00");
		}
	}

	private static UUID uuid(String text) {
		String t = TargetRegister.strip(text);
		if (t == null) {
			return null;
		}
		try {
			return UUID.fromString(t);
		}
		catch (IllegalArgumentException ex) {
			throw InputRejected.invalid("replaces", "请选择要替代的已作废计划");
		}
	}

}
