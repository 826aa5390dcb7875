package org.sanxiang.review;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.CaseFacts;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.CaseSnapshot;
import org.sanxiang.identity.Role;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.NotFound;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 法制审核 panel of a case: where its review stands (none, 审核中 with the clock, the
 * outcome with the 法制审核意见书 number), the text a pass cleared, and the officer's forms —
 * 提交法制审核 for a major case (SH-3), 重新送审 after 退回补充 (SH-5), the amended text with a tick
 * per required change after 修改后通过. The case page shows the panel
 * ({@link ReviewCasePanelModel}); this controller serves it as a page of its own too,
 * which is where a refused form comes back, as typed, with the message beside it. A
 * command that succeeds returns to the case page.
 */
@Controller
class ReviewCaseConsoleController {

	private final LegalReviews reviews;

	private final CaseFacts cases;

	ReviewCaseConsoleController(LegalReviews reviews, CaseFacts cases) {
		this.reviews = reviews;
		this.cases = cases;
	}

	/**
	 * The panel: the case, its reviews (latest first), the latest one's clock and
	 * opinion, what a pass cleared, and the forms {@code officer} may submit now.
	 *
	 * @param majorDecisions the decisions of the case that need a passed review now
	 * @param latest the review the gate reads, or {@code null}
	 * @param status the latest review's status in words, or 未经法制审核
	 * @param cleared whether a decision may be made now (passed, collective discussion
	 * settled); {@code clearedText} is then the one text that may be issued
	 * @param draft what a package may hold, when the officer may submit one
	 * @param submitTo where the package form posts (a new review, or the next round)
	 */
	record CasePanel(String caseId, String caseNumber, boolean major, String caseState, List<String> majorDecisions,
			List<ReviewConsoleController.Row> history, LegalReview latest, String status, ReviewClock clock,
			boolean cleared, String clearedText, LegalReviews.Draft draft, boolean canSubmit, boolean canResubmit,
			boolean canAmend, String submitTo, ReviewConsoleForms.SubmissionForm submission,
			ReviewConsoleForms.AmendmentForm amendment, ReviewConsoleForms.Problem problem) {

		/** The latest round's opinion, if concluded. */
		public ReviewOpinion opinion() {
			return this.latest == null ? null : this.latest.currentRound().opinion();
		}

	}

	@GetMapping("/console/reviews/cases/{caseId}")
	String page(@PathVariable String caseId, Authentication authentication, Model model) {
		CaseId id = caseId(caseId);
		CasePanel panel = panel(id, ReviewApiController.actor(authentication), null, null)
			.orElseThrow(() -> new NotFound("未找到该案件：" + caseId));
		model.addAttribute("reviewPanel", panel);
		return "review/case";
	}

	/** 提交法制审核 (SH-3). */
	@PostMapping("/console/reviews/cases/{caseId}/submission")
	@PreAuthorize("hasRole('OFFICER')")
	String submit(@PathVariable String caseId, @ModelAttribute ReviewConsoleForms.SubmissionForm form,
			Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		CaseId id = caseId(caseId);
		Actor actor = ReviewApiController.actor(authentication);
		try {
			LegalReviews.Draft draft = this.reviews.draft(id);
			LegalReview review = this.reviews.submit(form.toSubmission(id, draft.legalBases()), actor);
			redirect.addFlashAttribute("done", "已提交法制审核，审核人员：" + review.reviewer() + "，审核期限至 "
					+ (review.currentRound().dueOn() == null ? "—" : review.currentRound().dueOn()));
			return "redirect:/console/licensing/" + id + "#review";
		}
		catch (ReviewRefused ex) {
			return again(id, actor, model, response, ex.refusal().conflict() ? 409 : 422,
					ReviewConsoleForms.Problem.of("submission", ex), form);
		}
		catch (InputRejected ex) {
			return again(id, actor, model, response, ex.kind().status(),
					ReviewConsoleForms.Problem.of("submission", ex), form);
		}
	}

	/** 重新送审 after 退回补充, as the next round (SH-5). */
	@PostMapping("/console/reviews/{id}/rounds")
	@PreAuthorize("hasRole('OFFICER')")
	String resubmit(@PathVariable String id, @ModelAttribute ReviewConsoleForms.SubmissionForm form,
			Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		LegalReview r = this.reviews.review(ReviewConsoleController.reviewId(id));
		Actor actor = ReviewApiController.actor(authentication);
		try {
			LegalReviews.Draft draft = this.reviews.draft(r.caseId());
			LegalReview next = this.reviews.resubmit(r.id(), form.toSubmission(r.caseId(), draft.legalBases()), actor);
			redirect.addFlashAttribute("done", "已重新提交法制审核（第" + next.currentRound().number() + "轮）");
			return "redirect:/console/licensing/" + r.caseId() + "#review";
		}
		catch (ReviewRefused ex) {
			return again(r.caseId(), actor, model, response, ex.refusal().conflict() ? 409 : 422,
					ReviewConsoleForms.Problem.of("submission", ex), form);
		}
		catch (InputRejected ex) {
			return again(r.caseId(), actor, model, response, ex.kind().status(),
					ReviewConsoleForms.Problem.of("submission", ex), form);
		}
	}

	/** 修改后通过: the amended text with each required change ticked (SH-5). */
	@PostMapping("/console/reviews/{id}/amendment")
	@PreAuthorize("hasRole('OFFICER')")
	String amend(@PathVariable String id, @RequestParam MultiValueMap<String, String> params,
			Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		LegalReview r = this.reviews.review(ReviewConsoleController.reviewId(id));
		Actor actor = ReviewApiController.actor(authentication);
		ReviewConsoleForms.AmendmentForm form = ReviewConsoleForms.AmendmentForm.from(params);
		try {
			this.reviews.amend(r.id(), form.toAmendment(), actor);
			redirect.addFlashAttribute("done", "已提交修改后的决定，待审核人员确认修改");
			return "redirect:/console/licensing/" + r.caseId() + "#review";
		}
		catch (ReviewRefused ex) {
			return again(r.caseId(), actor, model, response, ex.refusal().conflict() ? 409 : 422,
					ReviewConsoleForms.Problem.of("amendment", ex), form);
		}
		catch (InputRejected ex) {
			return again(r.caseId(), actor, model, response, ex.kind().status(),
					ReviewConsoleForms.Problem.of("amendment", ex), form);
		}
	}

	/** An unknown case or review is the console's 404 page. */
	@ExceptionHandler(NotFound.class)
	String notFound(NotFound ex, HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("detail", ex.getMessage());
		return "error/404";
	}

	private String again(CaseId id, Actor actor, Model model, HttpServletResponse response, int status,
			ReviewConsoleForms.Problem problem, Object typed) {
		response.setStatus(status);
		model.addAttribute("reviewPanel",
				panel(id, actor, problem, typed).orElseThrow(() -> new NotFound("未找到该案件：" + id)));
		return "review/case";
	}

	/**
	 * The panel of case {@code id} as {@code actor} may use it, or empty when there is no
	 * such case; after a refusal, {@code typed} is the refused form as typed.
	 */
	Optional<CasePanel> panel(CaseId id, Actor actor, ReviewConsoleForms.Problem problem, Object typed) {
		Optional<CaseSnapshot> found = this.cases.find(id);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		CaseSnapshot c = found.get();
		List<LegalReview> all = this.reviews.ofCase(id);
		LegalReview latest = all.isEmpty() ? null : all.get(0);
		boolean officer = actor.has(Role.OFFICER);
		boolean canSubmit = officer && !c.majorDecisions().isEmpty() && (latest == null || !latest.open());
		boolean canResubmit = officer && latest != null && latest.status() == ReviewStatus.RETURNED;
		boolean canAmend = officer && latest != null && (latest.status() == ReviewStatus.AWAITING_AMENDMENT
				|| latest.status() == ReviewStatus.AWAITING_CONFIRMATION);
		LegalReviews.Draft draft = canSubmit || canResubmit ? this.reviews.draft(id) : null;
		ReviewConsoleForms.SubmissionForm submission = null;
		if (typed instanceof ReviewConsoleForms.SubmissionForm f) {
			submission = f;
		}
		else if (canResubmit) {
			submission = ReviewConsoleForms.SubmissionForm.of(latest.currentRound().submitted(), draft.legalBases());
		}
		else if (canSubmit) {
			submission = ReviewConsoleForms.SubmissionForm.first(draft);
		}
		ReviewConsoleForms.AmendmentForm amendment = typed instanceof ReviewConsoleForms.AmendmentForm f ? f
				: canAmend ? ReviewConsoleForms.AmendmentForm.of(latest.currentRound()) : null;
		boolean cleared = latest != null && latest.status() == ReviewStatus.PASSED
				&& latest.collectiveDiscussionSettled();
		String status = latest != null ? latest.status().label() : c.major() ? "未经法制审核" : "无需法制审核";
		List<ReviewConsoleController.Row> history = all.stream()
			.map(r -> ReviewConsoleController.Row.of(r, this.reviews.clock(r)))
			.toList();
		return Optional.of(new CasePanel(id.toString(), c.number(), c.major(), c.state(), c.majorDecisions(), history,
				latest, status, latest == null ? null : this.reviews.clock(latest), cleared,
				cleared ? latest.currentRound().proposedText() : null, draft, canSubmit, canResubmit, canAmend,
				canResubmit ? "/console/reviews/" + latest.id() + "/rounds"
						: "/console/reviews/cases/" + id + "/submission",
				submission, amendment, problem));
	}

	static CaseId caseId(String id) {
		try {
			return CaseId.of(id.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new NotFound("未找到该案件：" + id);
		}
	}

}
