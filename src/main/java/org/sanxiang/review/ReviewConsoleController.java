package org.sanxiang.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.casework.Actor;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.StaffDirectory;
import org.sanxiang.identity.StaffMember;
import org.sanxiang.platform.DateInput;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.NotFound;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 法制审核 in the staff console: the work lists with their clocks (mine, 预警, 超期, all
 * running), the statistics supervision reads (coverage of major decisions, average review
 * time, reviewers per agency, SH-1, SH-7), and the review page — the package side by side
 * with the seven points, the history of rounds — where the reviewer concludes and
 * confirms changes and a 负责人 reassigns, extends and records a collective discussion.
 * Every write goes through {@link LegalReviews}; a refused one shows the page again with
 * the form as typed and the rule's message beside it (409/422/400), nothing saved.
 */
@Controller
@PreAuthorize("hasAnyRole('REVIEWER', 'DIRECTOR', 'SUPERVISOR', 'OFFICER')")
class ReviewConsoleController {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final LegalReviews reviews;

	private final StaffDirectory staff;

	private final Clock clock;

	ReviewConsoleController(LegalReviews reviews, StaffDirectory staff, Clock clock) {
		this.reviews = reviews;
		this.staff = staff;
		this.clock = clock;
	}

	/** A review on a work list, with its clock while the reviewer has it. */
	record Row(String id, String caseId, String caseNumber, String itemName, String action, String status,
			String reviewer, String submittedBy, int round, String opinionNumber, ReviewClock clock) {

		static Row of(LegalReview r, ReviewClock clock) {
			return new Row(r.id().toString(), r.caseId().toString(), r.caseNumber(), r.item().name(), r.action(),
					r.status().label(), r.reviewer(), r.currentRound().submittedBy(), r.currentRound().number(),
					r.opinionNumber(), clock);
		}

	}

	/** One work list: its anchor, its title, what it is empty of, and its rows. */
	record WorkList(String key, String title, String empty, List<Row> rows) {
	}

	@GetMapping("/console/reviews")
	String workList(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			Authentication authentication, Model model) {
		Actor actor = ReviewApiController.actor(authentication);
		List<WorkList> lists = new ArrayList<>();
		if (actor.has(Role.REVIEWER)) {
			lists.add(new WorkList("mine", "我的审核", "暂无指派给您的法制审核。", rows(this.reviews.assignedTo(actor.account()))));
		}
		if (actor.has(Role.OFFICER)) {
			lists.add(
					new WorkList("submitted", "我提交的审核", "您尚未提交法制审核。", rows(this.reviews.submittedBy(actor.account()))));
		}
		lists.add(new WorkList("warning", "审核期限预警", "没有临近审核期限的审核。", rows(this.reviews.dueSoon())));
		lists.add(new WorkList("overdue", "已超过审核期限", "没有超期的审核。", rows(this.reviews.overdue())));
		if (actor.has(Role.DIRECTOR) || actor.has(Role.SUPERVISOR)) {
			lists.add(new WorkList("open", "全部进行中的审核", "没有进行中的审核。", rows(this.reviews.open())));
		}
		model.addAttribute("lists", lists);
		model.addAttribute("today", today());
		if (actor.has(Role.DIRECTOR) || actor.has(Role.SUPERVISOR)) {
			LocalDate fromDay = null;
			LocalDate toDay = null;
			try {
				fromDay = DateInput.optional("from", "起始日期", from);
				toDay = DateInput.optional("to", "截止日期", to);
			}
			catch (InputRejected ex) {
				model.addAttribute("periodProblem", ex.firstMessage() + "，已按全部期间统计");
			}
			model.addAttribute("from", from);
			model.addAttribute("to", to);
			model.addAttribute("statistics", this.reviews.statistics(fromDay, toDay));
		}
		return "review/worklist";
	}

	@GetMapping("/console/reviews/{id}")
	String show(@PathVariable String id, Authentication authentication, Model model) {
		LegalReview review = this.reviews.review(reviewId(id));
		return page(review, ReviewApiController.actor(authentication), model, null, null, null);
	}

	/** 审核结论 of the current round by its reviewer (SH-4, SH-5). */
	@PostMapping("/console/reviews/{id}/conclusion")
	@PreAuthorize("hasRole('REVIEWER')")
	String conclude(@PathVariable String id, @RequestParam MultiValueMap<String, String> params,
			Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		ReviewId reviewId = reviewId(id);
		Actor actor = ReviewApiController.actor(authentication);
		ReviewConsoleForms.ConclusionForm form = ReviewConsoleForms.ConclusionForm.from(params);
		try {
			LegalReview concluded = this.reviews.conclude(reviewId, form.toConclusion(), actor);
			ReviewOpinion opinion = concluded.currentRound().opinion();
			redirect.addFlashAttribute("done", "已作出审核结论：" + opinion.outcome().label()
					+ (opinion.number() == null ? "" : "，法制审核意见书 " + opinion.number()));
			return "redirect:/console/reviews/" + reviewId;
		}
		catch (ReviewRefused ex) {
			return refused(reviewId, actor, model, response, ex, "conclusion", form, null);
		}
		catch (InputRejected ex) {
			return rejected(reviewId, actor, model, response, ex, "conclusion", form, null);
		}
	}

	/** 修改后通过: the reviewer confirms the officer's changes; the review passes. */
	@PostMapping("/console/reviews/{id}/confirmation")
	@PreAuthorize("hasRole('REVIEWER')")
	String confirm(@PathVariable String id, Authentication authentication, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		ReviewId reviewId = reviewId(id);
		Actor actor = ReviewApiController.actor(authentication);
		try {
			this.reviews.confirmChanges(reviewId, actor);
			redirect.addFlashAttribute("done", "已确认修改，审核通过");
			return "redirect:/console/reviews/" + reviewId;
		}
		catch (ReviewRefused ex) {
			return refused(reviewId, actor, model, response, ex, "confirmation", null, null);
		}
		catch (InputRejected ex) {
			return rejected(reviewId, actor, model, response, ex, "confirmation", null, null);
		}
	}

	/** 提请集体讨论 by the case's reviewer or an officer (SH-5). */
	@PostMapping("/console/reviews/{id}/collective-discussion/required")
	@PreAuthorize("hasAnyRole('REVIEWER', 'OFFICER')")
	String requireDiscussion(@PathVariable String id, @RequestParam(required = false) String reason,
			Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		ReviewId reviewId = reviewId(id);
		Actor actor = ReviewApiController.actor(authentication);
		try {
			this.reviews.requireCollectiveDiscussion(reviewId, reason, actor);
			redirect.addFlashAttribute("done", "已提请集体讨论");
			return "redirect:/console/reviews/" + reviewId;
		}
		catch (ReviewRefused ex) {
			return refused(reviewId, actor, model, response, ex, "discussion-required", null,
					Map.of("reason", nn(reason)));
		}
		catch (InputRejected ex) {
			return rejected(reviewId, actor, model, response, ex, "discussion-required", null,
					Map.of("reason", nn(reason)));
		}
	}

	/** 改派 by a 负责人, with the reason; journaled. */
	@PostMapping("/console/reviews/{id}/reassignment")
	@PreAuthorize("hasRole('DIRECTOR')")
	String reassign(@PathVariable String id, @RequestParam(required = false) String reviewer,
			@RequestParam(required = false) String reason, Authentication authentication, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		ReviewId reviewId = reviewId(id);
		Actor actor = ReviewApiController.actor(authentication);
		Map<String, String> typed = Map.of("reviewer", nn(reviewer), "reason", nn(reason));
		try {
			LegalReview r = this.reviews.reassign(reviewId, ReviewConsoleForms.text(reviewer), reason, actor);
			redirect.addFlashAttribute("done", "已改派给 " + r.reviewer());
			return "redirect:/console/reviews/" + reviewId;
		}
		catch (ReviewRefused ex) {
			return refused(reviewId, actor, model, response, ex, "reassignment", null, typed);
		}
		catch (InputRejected ex) {
			return rejected(reviewId, actor, model, response, ex, "reassignment", null, typed);
		}
	}

	/** 延长审核期限 once per round by a 负责人 (SH-5: +3 working days with approval). */
	@PostMapping("/console/reviews/{id}/extension")
	@PreAuthorize("hasRole('DIRECTOR')")
	String extend(@PathVariable String id, @RequestParam(required = false) String reason, Authentication authentication,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		ReviewId reviewId = reviewId(id);
		Actor actor = ReviewApiController.actor(authentication);
		try {
			LegalReview r = this.reviews.extend(reviewId, reason, actor);
			redirect.addFlashAttribute("done", "已延长审核期限至 " + r.currentRound().dueOn());
			return "redirect:/console/reviews/" + reviewId;
		}
		catch (ReviewRefused ex) {
			return refused(reviewId, actor, model, response, ex, "extension", null, Map.of("reason", nn(reason)));
		}
		catch (InputRejected ex) {
			return rejected(reviewId, actor, model, response, ex, "extension", null, Map.of("reason", nn(reason)));
		}
	}

	/** 集体讨论 minutes, recorded by a 负责人 (SH-5). */
	@PostMapping("/console/reviews/{id}/collective-discussion")
	@PreAuthorize("hasRole('DIRECTOR')")
	String recordDiscussion(@PathVariable String id, @RequestParam MultiValueMap<String, String> params,
			Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		ReviewId reviewId = reviewId(id);
		Actor actor = ReviewApiController.actor(authentication);
		ReviewConsoleForms.MinutesForm form = ReviewConsoleForms.MinutesForm.from(params);
		try {
			this.reviews.recordCollectiveDiscussion(reviewId, form.toMinutes(), actor);
			redirect.addFlashAttribute("done", "已记录集体讨论");
			return "redirect:/console/reviews/" + reviewId;
		}
		catch (ReviewRefused ex) {
			return refused(reviewId, actor, model, response, ex, "discussion", form, null);
		}
		catch (InputRejected ex) {
			return rejected(reviewId, actor, model, response, ex, "discussion", form, null);
		}
	}

	/** An unknown review is the console's 404 page. */
	@ExceptionHandler(NotFound.class)
	String notFound(NotFound ex, HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("detail", ex.getMessage());
		return "error/404";
	}

	// --- the review page ---

	private String refused(ReviewId id, Actor actor, Model model, HttpServletResponse response, ReviewRefused ex,
			String form, Object typed, Map<String, String> fields) {
		response.setStatus(ex.refusal().conflict() ? HttpServletResponse.SC_CONFLICT : 422);
		return page(this.reviews.review(id), actor, model, ReviewConsoleForms.Problem.of(form, ex), typed, fields);
	}

	private String rejected(ReviewId id, Actor actor, Model model, HttpServletResponse response, InputRejected ex,
			String form, Object typed, Map<String, String> fields) {
		response.setStatus(ex.kind().status());
		return page(this.reviews.review(id), actor, model, ReviewConsoleForms.Problem.of(form, ex), typed, fields);
	}

	/**
	 * The review page as {@code actor} may use it; after a refusal, {@code problem} names
	 * the form and {@code typed} (a form record) or {@code fields} hold what was typed.
	 */
	private String page(LegalReview r, Actor actor, Model model, ReviewConsoleForms.Problem problem, Object typed,
			Map<String, String> fields) {
		ReviewRound round = r.currentRound();
		boolean assigned = actor.has(Role.REVIEWER) && actor.account().equalsIgnoreCase(r.reviewer());
		boolean director = actor.has(Role.DIRECTOR);
		boolean underReview = r.status() == ReviewStatus.UNDER_REVIEW;
		List<ComputedFinding> computed = underReview ? this.reviews.computedFindings(r) : List.of();
		model.addAttribute("review", r);
		model.addAttribute("round", round);
		List<ReviewRound> latestFirst = new ArrayList<>(r.rounds());
		Collections.reverse(latestFirst);
		model.addAttribute("roundsLatestFirst", latestFirst);
		model.addAttribute("clock", this.reviews.clock(r));
		model.addAttribute("computed", byPoint(computed));
		model.addAttribute("points", ReviewPoint.values());
		model.addAttribute("findings", Finding.values());
		model.addAttribute("outcomes", ReviewOutcome.values());
		model.addAttribute("canConclude", assigned && underReview);
		model.addAttribute("canConfirm", assigned && r.status() == ReviewStatus.AWAITING_CONFIRMATION);
		model.addAttribute("canRequireDiscussion", (assigned || actor.has(Role.OFFICER))
				&& r.status() != ReviewStatus.REJECTED && !r.collectiveDiscussionRequired());
		model.addAttribute("canReassign", director && r.open());
		model.addAttribute("canExtend",
				director && ReviewStatus.WITH_REVIEWER.contains(r.status()) && round.extension() == null);
		model.addAttribute("canRecordDiscussion", director && r.collectiveDiscussion() == null);
		model.addAttribute("isOfficer", actor.has(Role.OFFICER));
		model.addAttribute("problem", problem);
		model.addAttribute("typed", fields == null ? Map.of() : fields);
		model.addAttribute("conclusionForm", typed instanceof ReviewConsoleForms.ConclusionForm f ? f
				: ReviewConsoleForms.ConclusionForm.prefilled(computed));
		if (director && r.open()) {
			List<String> eligible = new ArrayList<>(this.reviews.draft(r.caseId()).eligibleReviewers());
			eligible.removeIf(u -> u.equalsIgnoreCase(r.reviewer()));
			model.addAttribute("eligibleReviewers", eligible);
		}
		if (director && r.collectiveDiscussion() == null) {
			model.addAttribute("directors", this.staff.holding(Role.DIRECTOR));
			model.addAttribute("minutesForm", typed instanceof ReviewConsoleForms.MinutesForm f ? f
					: ReviewConsoleForms.MinutesForm.empty(today(), actor.account()));
		}
		model.addAttribute("names", names(r));
		return "review/review";
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(CHINA));
	}

	private List<Row> rows(List<LegalReview> found) {
		return found.stream().map(r -> Row.of(r, this.reviews.clock(r))).toList();
	}

	private static Map<ReviewPoint, ComputedFinding> byPoint(List<ComputedFinding> computed) {
		Map<ReviewPoint, ComputedFinding> byPoint = new LinkedHashMap<>();
		computed.forEach(c -> byPoint.put(c.point(), c));
		return byPoint;
	}

	/**
	 * Display names of the accounts the page names, for people rather than user names.
	 */
	private Map<String, String> names(LegalReview r) {
		Map<String, String> names = new LinkedHashMap<>();
		List<String> accounts = new ArrayList<>();
		accounts.add(r.reviewer());
		r.assignments().forEach(a -> accounts.add(a.reviewer()));
		r.rounds().forEach(round -> accounts.add(round.submittedBy()));
		for (String account : accounts) {
			if (account != null && !names.containsKey(account)) {
				names.put(account,
						this.staff.find(account)
							.map(StaffMember::displayName)
							.map(n -> n + "（" + account + "）")
							.orElse(account));
			}
		}
		return names;
	}

	static ReviewId reviewId(String id) {
		try {
			return ReviewId.of(id);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFound("未找到该法制审核：" + id);
		}
	}

	private static String nn(String s) {
		return s == null ? "" : s;
	}

}
