package org.sanxiang.casework.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.StaffActors;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.licensing.Deadline;
import org.sanxiang.casework.licensing.HearingBasis;
import org.sanxiang.casework.licensing.LicensingCase;
import org.sanxiang.casework.licensing.LicensingState;
import org.sanxiang.casework.licensing.MediaRecord;
import org.sanxiang.casework.licensing.NonAcceptanceGround;
import org.sanxiang.casework.licensing.PauseKind;
import org.sanxiang.casework.licensing.Rule;
import org.sanxiang.casework.licensing.TransitionRefused;
import org.sanxiang.casework.licensing.Urgency;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.MajorConditionKind;
import org.sanxiang.catalog.Officer;
import org.sanxiang.evidence.Activity;
import org.sanxiang.evidence.EvidenceItem;
import org.sanxiang.evidence.Coverage;
import org.sanxiang.identity.Role;
import org.sanxiang.journal.EntryTypes;
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

	/** The name the core gives the statutory decision clock (XK-42). */
	static final String STATUTORY_CLOCK = "法定办理期限";

	/** How many cases the 全部办件 list shows. */
	static final int ALL_LIMIT = 200;

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final Casework casework;

	private final Catalog catalog;

	LicensingConsoleController(Casework casework, Catalog catalog) {
		this.casework = casework;
		this.catalog = catalog;
	}

	/**
	 * One row of a work list: the case, what the signed-in user has to do on it (or
	 * {@code null}), and its tightest running clock — the one with the fewest working
	 * days left, which may be the promised one (承诺时限) before the statutory one (XK-42).
	 */
	record CaseRow(String id, String number, String item, String applicant, String state, String todo, String clock,
			LocalDate due, Urgency urgency, Integer daysLeft, LocalDate receivedOn, boolean open) {

		/** Most urgent first; a case without a running clock after those with one. */
		static final Comparator<CaseRow> BY_URGENCY = Comparator
			.comparing((CaseRow r) -> r.urgency() == null ? Urgency.values().length : r.urgency().ordinal())
			.thenComparing(r -> r.daysLeft() == null ? Integer.MAX_VALUE : r.daysLeft())
			.thenComparing(CaseRow::number);

		boolean mine() {
			return this.open && this.todo != null;
		}

	}

	/** One work list: its anchor, its title and its rows. */
	record WorkList(String key, String title, List<CaseRow> rows) {
	}

	/**
	 * 我的待办 by role, 即将超期 (预警, ≤ 3 working days left) and 已超期, most urgent first, and the
	 * newest cases: all from one query.
	 */
	@GetMapping("/console/licensing")
	String lists(Authentication authentication, Model model) {
		Actor actor = StaffActors.of(authentication);
		LocalDate today = this.casework.today();
		String officerId = actor.has(Role.OFFICER) ? officerIdOf(actor) : null;
		List<CaseRow> rows = this.casework.workList(ALL_LIMIT)
			.stream()
			.map(w -> row(w, actor, officerId, today))
			.toList();
		List<CaseRow> open = rows.stream().filter(CaseRow::open).sorted(CaseRow.BY_URGENCY).toList();
		List<CaseRow> all = rows.stream().limit(ALL_LIMIT).sorted(CaseRow.BY_URGENCY).toList();
		model.addAttribute("lists", List.of(new WorkList("mine", "我的待办", open.stream().filter(CaseRow::mine).toList()),
				new WorkList("warning", "即将超期（预警）", open.stream().filter(r -> r.urgency() == Urgency.WARNING).toList()),
				new WorkList("overdue", "已超期", open.stream().filter(r -> r.urgency() == Urgency.OVERDUE).toList()),
				new WorkList("all", "全部办件", all)));
		model.addAttribute("allLimit", ALL_LIMIT);
		model.addAttribute("today", today);
		model.addAttribute("canApply", actor.has(Role.CLERK));
		model.addAttribute("officerId", officerId);
		model.addAttribute("isOfficer", actor.has(Role.OFFICER));
		return "casework/console/licensing-lists";
	}

	@GetMapping("/console/licensing/{id}")
	String show(@PathVariable String id, Authentication authentication, Model model) {
		return page(caseId(id), StaffActors.of(authentication), model, null, LicensingActionForm.empty());
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
			// the legal-review gate (SH-1) answers from the review's records: 409, as the
			// API does
			response.setStatus(r.byState() || r.rule() == Rule.SH_1 ? HttpServletResponse.SC_CONFLICT : 422);
			return page(caseId, actor, model, new Problem(known.path(), known.action().label(), null, r.message(),
					r.byState() ? r.message() : r.reason(), r.rule() == null ? null : r.rule().id(), r.article()),
					form);
		}
		catch (InputRejected rejected) {
			response.setStatus(rejected.kind().status());
			InputRejected.FieldError first = rejected.errors().isEmpty() ? null : rejected.errors().get(0);
			return page(caseId, actor, model, new Problem(known.path(), known.action().label(),
					first == null ? null : first.field(), rejected.firstMessage(), rejected.firstMessage(), null, null),
					form);
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

	/**
	 * Why the last submission was refused: which action (its path and label), which
	 * field, the whole message for the page's notice, the part shown beside the form, and
	 * the rule with its article when the law refused it.
	 */
	record Problem(String path, String action, String field, String message, String detail, String rule,
			String article) {
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

	/** A choice of the legal-review catalogue's conditions in a form (SH-2). */
	record ConditionOption(String code, String label) {
	}

	/** A scan of the case's 送达 the delivery form offers, by evidence id. */
	record ScanOption(String id, String label) {
	}

	private String page(CaseId id, Actor actor, Model model, Problem problem, LicensingActionForm typed) {
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
		model.addAttribute("deliveryReceipts",
				c.state() instanceof LicensingState.Delivered || c.state() instanceof LicensingState.Archived
						? deliveryReceipts(id) : null);
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
		// what the user typed into the refused form, to be shown again in that form only
		model.addAttribute("typed", typed);
		model.addAttribute("typedAction", problem == null ? null : problem.path());
		model.addAttribute("allOfficers", this.catalog.officers());
		model.addAttribute("grounds", NonAcceptanceGround.values());
		model.addAttribute("pauseKinds", PauseKind.values());
		model.addAttribute("hearingBases", HearingBasis.values());
		model.addAttribute("deliveryMethods", deliveryMethods());
		model.addAttribute("recordings", recordings(id));
		model.addAttribute("receiptScans", c.state() instanceof LicensingState.Decided ? receiptScans(id) : List.of());
		model.addAttribute("majorMatches", c.majorConditions());
		model.addAttribute("flaggable", flaggable(c));
		return "casework/console/licensing-case";
	}

	/**
	 * The scans of the case's 送达 the delivery form offers as the signed 送达回证 or postal
	 * receipt: each with its file name, when it was captured and what it shows.
	 */
	private List<ScanOption> receiptScans(CaseId id) {
		return this.casework.receiptScans(id).stream().map(LicensingConsoleController::scanOption).toList();
	}

	private static ScanOption scanOption(EvidenceItem item) {
		String label = item.fileName() + "（" + item.captureStart().atZone(ActivityTimes.CHINA).format(AT)
				+ (item.description() == null || item.description().isBlank() ? "" : "，" + item.description()) + "）";
		return new ScanOption(item.id().toString(), label);
	}

	/**
	 * What the delivery attached as the signed receipt: the scans by file name, or the
	 * reason there were none; {@code null} before delivery.
	 */
	private String deliveryReceipts(CaseId id) {
		return this.casework.delivery(id).map(delivered -> {
			if (!delivered.receiptEvidence().isEmpty()) {
				return "送达回证扫描件：" + delivered.receiptEvidence()
					.stream()
					.map(e -> this.casework.evidenceItem(e).map(EvidenceItem::fileName).orElse(e.toString()))
					.collect(Collectors.joining("、"));
			}
			return delivered.receiptMissingReason() == null ? null : "未附扫描件：" + delivered.receiptMissingReason();
		}).orElse(null);
	}

	/**
	 * For each form of an activity recorded on audio/video (JL-3, JL-3b), what is
	 * attached to the case: the capture intervals, so a gap shows before the officer
	 * submits (JL-4), or the reason a 负责人 approved (JL-5).
	 */
	private Map<String, String> recordings(CaseId id) {
		Map<String, String> recordings = new LinkedHashMap<>();
		recordings.put(LicensingAction.SITE_INSPECTION.path(), recordingsText(id, Activity.SITE_INSPECTION));
		recordings.put(LicensingAction.RECORD_HEARING.path(), recordingsText(id, Activity.HEARING));
		recordings.put(LicensingAction.DELIVER.path(), recordingsText(id, Activity.SERVICE));
		return recordings;
	}

	private String recordingsText(CaseId id, Activity activity) {
		MediaRecord media = this.casework.recordings(id, activity);
		String text = media.items() == 0 ? "本案尚未上传“" + activity.label() + "”录音录像"
				: "本案已上传“" + activity.label() + "”录音录像 " + media.items() + " 个，采集时段："
						+ media.captures()
							.stream()
							.sorted(Comparator.comparing(Coverage.Interval::start))
							.map(i -> i.start().atZone(ActivityTimes.CHINA).format(SECONDS) + " 至 "
									+ i.end().atZone(ActivityTimes.CHINA).format(SECONDS))
							.collect(Collectors.joining("；"));
		return media.exempted() ? text + "；负责人已批准免于记录：" + media.approvedExemption() : text;
	}

	/**
	 * What an officer may flag (SH-2): the conditions of the case's catalogue found by
	 * judgement (疑难复杂, the agency's 其他), 疑难复杂 even when the catalogue leaves it out, and
	 * 其他 under a name the officer types (any 其他 choice with a typed name; the plain 其他 is
	 * offered when the catalogue has no entry coded so).
	 */
	private static List<ConditionOption> flaggable(LicensingCase c) {
		List<ConditionOption> options = new java.util.ArrayList<>();
		c.majorAssessment()
			.catalogue()
			.stream()
			.filter(m -> m.kind() != null && !m.kind().byFacts())
			.forEach(m -> options
				.add(new ConditionOption(m.code(), m.name() + (m.collectiveDiscussion() ? "（须集体讨论）" : ""))));
		if (c.majorAssessment().condition(MajorConditionKind.COMPLEX_NOVEL).isEmpty()) {
			options.add(new ConditionOption(MajorConditionKind.COMPLEX_NOVEL.name(),
					MajorConditionKind.COMPLEX_NOVEL.label()));
		}
		if (c.majorAssessment().condition(MajorConditionKind.OTHER.name()).isEmpty()) {
			options.add(new ConditionOption(MajorConditionKind.OTHER.name(), "其他情形（请填写情形名称）"));
		}
		return List.copyOf(options);
	}

	private CaseRow row(LicensingCases.WorkItem w, Actor actor, String officerId, LocalDate today) {
		StoredCase s = w.stored();
		LicensingCase c = s.licensingCase();
		List<Deadline> clocks = clocks(c, today);
		Deadline tightest = clocks.stream().min(Comparator.comparing(Deadline::workingDaysLeft)).orElse(null);
		String todo = w.open() ? todo(c, w.opinionRecorded(), clocks, actor, officerId) : null;
		return new CaseRow(c.id().toString(), s.number(), c.item().content().name(), s.applicant().name(),
				c.state().label(), todo, tightest == null ? null : tightest.name(),
				tightest == null ? null : tightest.due(), tightest == null ? null : tightest.urgency(),
				tightest == null ? null : tightest.workingDaysLeft(), c.deadlines().receivedOn(), w.open());
	}

	/**
	 * What the user has to do on an open case, by role, or {@code null}: 窗口人员 receive,
	 * await corrections, deliver and archive; 执法人员 review the cases assigned to them (all
	 * cases under review when their account is not linked to an officer in the catalog);
	 * 负责人 assign officers, decide once an opinion is in, and may approve the one
	 * extension when the statutory clock is at 预警 or 超期 (XK-42).
	 */
	static String todo(LicensingCase c, boolean opinionRecorded, List<Deadline> clocks, Actor actor, String officerId) {
		List<String> todo = new java.util.ArrayList<>();
		LicensingState state = c.state();
		if (actor.has(Role.CLERK)) {
			if (state instanceof LicensingState.Received r) {
				todo.add(r.corrected() ? "补正后受理" : "受理或补正告知");
			}
			else if (state instanceof LicensingState.AwaitingCorrection) {
				todo.add("等待申请人补正");
			}
			else if (state instanceof LicensingState.Decided) {
				todo.add("送达决定");
			}
			else if (state instanceof LicensingState.Delivered || state instanceof LicensingState.NotAccepted) {
				todo.add("归档");
			}
		}
		boolean reviewing = state instanceof LicensingState.UnderReview
				|| state instanceof LicensingState.HearingPending;
		if (actor.has(Role.OFFICER) && reviewing && (officerId == null || c.officers().contains(officerId))) {
			todo.add(state instanceof LicensingState.HearingPending ? "听证" : "审查");
		}
		if (actor.has(Role.DIRECTOR) && state instanceof LicensingState.UnderReview) {
			if (c.officers().isEmpty()) {
				todo.add("指派承办人");
			}
			if (opinionRecorded && !c.deadlines().paused()) {
				todo.add("作出决定");
			}
			boolean statutoryNear = clocks.stream()
				.anyMatch(d -> d.name().equals(STATUTORY_CLOCK) && d.urgency() != Urgency.NORMAL);
			if (statutoryNear && !c.deadlines().extended() && !c.deadlines().paused()) {
				todo.add("审批延长期限");
			}
		}
		return todo.isEmpty() ? null : String.join("、", todo);
	}

	/**
	 * The officer id of the signed-in user's staff account, as the catalog links them
	 * ({@code Officer.account}); {@code null} when the account is not an officer's.
	 */
	private String officerIdOf(Actor actor) {
		return this.catalog.officers()
			.stream()
			.filter(o -> actor.account().equalsIgnoreCase(o.account() == null ? "" : o.account()))
			.map(Officer::id)
			.findFirst()
			.orElse(null);
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
		return EntryTypes.label(eventType);
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
