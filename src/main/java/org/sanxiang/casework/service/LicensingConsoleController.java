package org.sanxiang.casework.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.licensing.Deadline;
import org.sanxiang.casework.licensing.HearingBasis;
import org.sanxiang.casework.licensing.LicensingCase;
import org.sanxiang.casework.licensing.LicensingState;
import org.sanxiang.casework.licensing.NonAcceptanceGround;
import org.sanxiang.casework.licensing.PauseKind;
import org.sanxiang.casework.licensing.TransitionRefused;
import org.sanxiang.casework.licensing.Urgency;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.Officer;
import org.sanxiang.identity.Role;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 行政许可办件 in the staff console: work lists by urgency (我的待办, 即将超期, 已超期, 全部), the case page
 * with its clocks, timeline and the action forms the signed-in user may submit, and the
 * window's record of a paper application. Every write goes through {@link Casework} (one
 * transaction per command); a refused action re-renders the case page with the Chinese
 * message and 409/422/400, and nothing is saved.
 */
@Controller
class LicensingConsoleController {

	/** How many cases the 全部办件 list shows. */
	static final int ALL_LIMIT = 200;

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Casework casework;

	private final Catalog catalog;

	LicensingConsoleController(Casework casework, Catalog catalog) {
		this.casework = casework;
		this.catalog = catalog;
	}

	/** One row of a work list. */
	record CaseRow(String id, String number, String item, String applicant, String state, LocalDate due,
			Urgency urgency, Integer daysLeft, boolean mine) {

		/** Most urgent first; a case without a running clock after those with one. */
		static final Comparator<CaseRow> BY_URGENCY = Comparator
			.comparing((CaseRow r) -> r.urgency() == null ? Urgency.values().length : r.urgency().ordinal())
			.thenComparing(r -> r.daysLeft() == null ? Integer.MAX_VALUE : r.daysLeft())
			.thenComparing(CaseRow::number);

	}

	/** One work list: its anchor, its title and its rows. */
	record WorkList(String key, String title, List<CaseRow> rows) {
	}

	@GetMapping("/console/licensing")
	String lists(Authentication authentication, Model model) {
		Actor actor = StaffActors.of(authentication);
		LocalDate today = this.casework.today();
		List<CaseRow> open = this.casework.openCases()
			.stream()
			.map(s -> row(s, actor, today))
			.sorted(CaseRow.BY_URGENCY)
			.toList();
		List<CaseRow> all = this.casework.recentCases(ALL_LIMIT)
			.stream()
			.map(s -> row(s, actor, today))
			.sorted(CaseRow.BY_URGENCY)
			.toList();
		model.addAttribute("lists", List.of(new WorkList("mine", "我的待办", open.stream().filter(CaseRow::mine).toList()),
				new WorkList("warning", "即将超期（预警）", open.stream().filter(r -> r.urgency() == Urgency.WARNING).toList()),
				new WorkList("overdue", "已超期", open.stream().filter(r -> r.urgency() == Urgency.OVERDUE).toList()),
				new WorkList("all", "全部办件", all)));
		model.addAttribute("allLimit", ALL_LIMIT);
		model.addAttribute("today", today);
		model.addAttribute("canApply", actor.has(Role.CLERK));
		return "casework/console/licensing-lists";
	}

	@GetMapping("/console/licensing/{id}")
	String show(@PathVariable String id, Authentication authentication, Model model) {
		return page(caseId(id), StaffActors.of(authentication), model, null);
	}

	@PostMapping("/console/licensing/{id}/actions/{action}")
	String act(@PathVariable String id, @PathVariable String action, @ModelAttribute LicensingActionForm form,
			Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		CaseId caseId = caseId(id);
		LicensingAction known = LicensingAction.byPath(action).orElseThrow(() -> new NotFound("没有此办理操作：" + action));
		Actor actor = StaffActors.of(authentication);
		if (!actor.has(known.role())) {
			throw new AccessDeniedException(known.action().label() + "需要" + known.role().label());
		}
		try {
			this.casework.act(caseId, known, form.toRequest(), actor);
		}
		catch (CaseActionRefused refused) {
			TransitionRefused r = refused.refusal();
			response.setStatus(r.byState() ? HttpServletResponse.SC_CONFLICT : 422);
			return page(caseId, actor, model, new Problem(known.action().label(), null, r.message()));
		}
		catch (InputRejected rejected) {
			response.setStatus(rejected.kind().status());
			InputRejected.FieldError first = rejected.errors().isEmpty() ? null : rejected.errors().get(0);
			return page(caseId, actor, model,
					new Problem(known.action().label(), first == null ? null : first.field(), rejected.firstMessage()));
		}
		redirect.addFlashAttribute("done", "已办理：" + known.action().label());
		return "redirect:/console/licensing/" + caseId;
	}

	/** An unknown case or action is the console's 404 page. */
	@ExceptionHandler(NotFound.class)
	String notFound(NotFound ex, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		return "error/404";
	}

	/** Why the last submission was refused: which action, which field, the message. */
	record Problem(String action, String field, String message) {
	}

	/** A clock as shown: the core's deadline and its rule. */
	record ClockView(String name, LocalDate due, int workingDaysLeft, Urgency urgency, boolean paused, String rule,
			String article) {
	}

	/** One timeline line: when, who, what, why. */
	record EventView(String at, String actor, String action, String reason) {
	}

	/** An action form the user may submit. */
	record ActionForm(String path, String name, String label) {
	}

	private String page(CaseId id, Actor actor, Model model, Problem problem) {
		StoredCase stored = this.casework.find(id);
		LicensingCase c = stored.licensingCase();
		LocalDate today = this.casework.today();
		model.addAttribute("stored", stored);
		model.addAttribute("c", c);
		model.addAttribute("applicant", stored.applicant());
		model.addAttribute("today", today);
		model.addAttribute("clocks",
				clocks(c, today).stream()
					.map(d -> new ClockView(d.name(), d.due(), d.workingDaysLeft(), d.urgency(), d.paused(),
							d.rule().id(), d.rule().article()))
					.toList());
		model.addAttribute("officers",
				c.officers()
					.stream()
					.map(o -> this.catalog.officer(o).map(Officer::name).orElse(o) + "（" + o + "）")
					.toList());
		model.addAttribute("correctionNoticeBy", c.state() instanceof LicensingState.Received
				? c.deadlines().correctionNoticeBy(this.casework.workingDays()) : null);
		model.addAttribute("deliveryDue", safeDeliveryDue(c));
		model.addAttribute("delivered", c.state() instanceof LicensingState.Delivered d ? d : null);
		model.addAttribute("timeline",
				this.casework.timeline(id)
					.stream()
					.map(t -> new EventView(t.at().format(AT), t.actor(), eventLabel(t.type()), t.reason()))
					.toList());
		model.addAttribute("forms",
				c.allowedActions()
					.stream()
					.flatMap(a -> java.util.Arrays.stream(LicensingAction.values()).filter(l -> l.action() == a))
					.filter(l -> actor.has(l.role()))
					.map(l -> new ActionForm(l.path(), l.name(), l.action().label()))
					.toList());
		model.addAttribute("problem", problem);
		model.addAttribute("allOfficers", this.catalog.officers());
		model.addAttribute("grounds", NonAcceptanceGround.values());
		model.addAttribute("pauseKinds", PauseKind.values());
		model.addAttribute("hearingBases", HearingBasis.values());
		model.addAttribute("deliveryMethods", deliveryMethods());
		return "casework/console/licensing-case";
	}

	private CaseRow row(StoredCase s, Actor actor, LocalDate today) {
		LicensingCase c = s.licensingCase();
		List<Deadline> clocks = clocks(c, today);
		Deadline worst = clocks.stream()
			.min(Comparator.comparing((Deadline d) -> d.urgency().ordinal()).thenComparing(Deadline::workingDaysLeft))
			.orElse(null);
		LocalDate due = clocks.stream()
			.filter(d -> d.name().equals("法定办理期限"))
			.map(Deadline::due)
			.findFirst()
			.orElse(worst == null ? null : worst.due());
		boolean mine = c.allowedActions()
			.stream()
			.anyMatch(a -> java.util.Arrays.stream(LicensingAction.values())
				.anyMatch(l -> l.action() == a && actor.has(l.role())));
		return new CaseRow(c.id().toString(), s.number(), c.item().content().name(), s.applicant().name(),
				c.state().label(), due, worst == null ? null : worst.urgency(),
				worst == null ? null : worst.workingDaysLeft(), mine);
	}

	private List<Deadline> clocks(LicensingCase c, LocalDate today) {
		try {
			return c.clocks(this.casework.workingDays(), today);
		}
		catch (InputRejected ex) {
			// a due date beyond the loaded calendar years: show the case without clocks
			return List.of();
		}
	}

	private LocalDate safeDeliveryDue(LicensingCase c) {
		try {
			return c.deadlines().deliveryDue(this.casework.workingDays());
		}
		catch (InputRejected ex) {
			return null;
		}
	}

	static Map<String, String> deliveryMethods() {
		Map<String, String> methods = new LinkedHashMap<>();
		methods.put("DIRECT", "直接送达（送达回证）");
		methods.put("POSTAL", "邮寄送达（邮件单号）");
		methods.put("ELECTRONIC", "电子送达（电子回执）");
		methods.put("LEFT_AT_ADDRESS", "留置送达（见证人、影像记录）");
		methods.put("PUBLIC", "公告送达");
		return methods;
	}

	static String eventLabel(String eventType) {
		return switch (eventType) {
			case "ApplicationReceived" -> "接收申请";
			case "CorrectionRequested" -> "补正告知";
			case "CorrectionSubmitted" -> "提交补正材料";
			case "ApplicationAccepted" -> "受理";
			case "ApplicationNotAccepted" -> "不予受理";
			case "OfficersAssigned" -> "指派承办人";
			case "SiteInspectionRecorded" -> "现场核查";
			case "OpinionRecorded" -> "审查意见";
			case "DecisionPeriodExtended" -> "延长审查期限";
			case "ClockPaused" -> "中止计时";
			case "ClockResumed" -> "恢复计时";
			case "HearingRightNotified" -> "听证权利告知";
			case "HearingRequested" -> "听证申请";
			case "HearingScheduled" -> "听证通知";
			case "HearingHeld" -> "听证笔录";
			case "CaseDecided" -> "作出决定";
			case "DecisionDelivered" -> "送达";
			case "CaseArchived" -> "归档";
			case "LicenceChanged" -> "证照变更";
			case "InterestedPartiesNotified" -> "利害关系人告知";
			case "StatementRecorded" -> "陈述、申辩";
			case "PublicInterestMarked" -> "认定涉及公共利益的重大许可";
			case "RenewalApplied" -> "申请延续";
			case "RenewalDenied" -> "不予延续";
			case "RenewalDeemedGranted" -> "视为准予延续";
			default -> eventType;
		};
	}

	static CaseId caseId(String id) {
		try {
			return CaseId.of(id);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFound("未找到该案件：" + id);
		}
	}

}
