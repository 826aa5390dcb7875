package org.sanxiang.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.ItemVersion;

/**
 * 法制审核: the review of one proposed major decision of a case (SH-1), from the first
 * complete package to 通过 or 不通过, with every round, every assignment, the collective
 * discussion where one is needed, and the digest of the one proposal a pass clears.
 * Immutable; the changes are package-private and made by {@link LegalReviews} after the
 * policies allowed them.
 *
 * @param id the review
 * @param caseId the case
 * @param caseNumber the case's public number
 * @param item the catalog item version the case applies
 * @param agencyCode the 执法主体, by 统一社会信用代码
 * @param status where the review stands
 * @param reviewer the assigned 法制审核人员 (account)
 * @param rounds the rounds, oldest first; the last is current
 * @param assignments every assignment and reassignment, oldest first
 * @param collectiveDiscussionRequired whether the case must go to 集体讨论 before its
 * decision
 * @param collectiveDiscussionReason why
 * @param collectiveDiscussion the meeting, once held
 * @param clearedDigest once passed: the digest of the one proposal that may be issued
 * @param revision 0 when submitted, +1 per change
 */
public record LegalReview(ReviewId id, CaseId caseId, String caseNumber, ItemVersion item, String agencyCode,
		ReviewStatus status, String reviewer, List<ReviewRound> rounds, List<Assignment> assignments,
		boolean collectiveDiscussionRequired, String collectiveDiscussionReason,
		CollectiveDiscussion collectiveDiscussion, String clearedDigest, int revision) {

	public LegalReview {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(caseId, "caseId");
		Objects.requireNonNull(status, "status");
		rounds = rounds == null ? List.of() : List.copyOf(rounds);
		assignments = assignments == null ? List.of() : List.copyOf(assignments);
	}

	/**
	 * One assignment of the review to a reviewer.
	 *
	 * @param reviewer the 法制审核人员 assigned
	 * @param by who assigned ({@code system} for the automatic choice)
	 * @param at when
	 * @param how 自动指派 (the least loaded eligible reviewer) or 指定
	 * @param reason for a reassignment, why
	 */
	public record Assignment(String reviewer, String by, Instant at, String how, String reason) {
	}

	/** The current round (the last). */
	public ReviewRound currentRound() {
		return this.rounds.get(this.rounds.size() - 1);
	}

	/** The decision proposed in the current round, e.g. 准予许可. */
	public String action() {
		return currentRound().submitted().action();
	}

	/** Whether the review is still running (one per case at a time). */
	public boolean open() {
		return this.status.open();
	}

	/** Every officer who submitted a round. */
	public List<String> submitters() {
		return this.rounds.stream().map(ReviewRound::submittedBy).distinct().toList();
	}

	/** The latest 法制审核意见书 number, if any round has one. */
	public String opinionNumber() {
		for (int i = this.rounds.size() - 1; i >= 0; i--) {
			ReviewOpinion opinion = this.rounds.get(i).opinion();
			if (opinion != null && opinion.number() != null) {
				return opinion.number();
			}
		}
		return null;
	}

	/**
	 * The issued 法制审核意见书 that bears {@link #opinionNumber()}, or {@code null} when there
	 * is none or the number was given before opinions were issued as documents.
	 */
	public UUID opinionDocumentId() {
		for (int i = this.rounds.size() - 1; i >= 0; i--) {
			ReviewOpinion opinion = this.rounds.get(i).opinion();
			if (opinion != null && opinion.number() != null) {
				return opinion.documentId();
			}
		}
		return null;
	}

	/** Whether the collective discussion the case needs has been held and agreed. */
	public boolean collectiveDiscussionSettled() {
		return !this.collectiveDiscussionRequired
				|| this.collectiveDiscussion != null && this.collectiveDiscussion.agreed();
	}

	// --- changes (each after its policy allowed it) ---

	/**
	 * A first round; {@code catalogueDiscussion} is why the case's catalogue conditions
	 * ask for collective discussion, or {@code null} (then the officer's request
	 * decides).
	 */
	static LegalReview submitted(ReviewId id, CaseId caseId, String caseNumber, ItemVersion item, String agencyCode,
			ReviewRound first, Assignment assignment, String catalogueDiscussion) {
		ReviewPackage p = first.submitted();
		boolean required = catalogueDiscussion != null || p.collectiveDiscussionRequested();
		String reason = catalogueDiscussion != null ? catalogueDiscussion
				: p.collectiveDiscussionRequested() ? p.collectiveDiscussionReason() : null;
		return new LegalReview(id, caseId, caseNumber, item, agencyCode, ReviewStatus.UNDER_REVIEW,
				assignment.reviewer(), List.of(first), List.of(assignment), required, reason, null, null, 0);
	}

	LegalReview resubmitted(ReviewRound next) {
		List<ReviewRound> all = new ArrayList<>(this.rounds);
		all.add(next);
		ReviewPackage p = next.submitted();
		boolean required = this.collectiveDiscussionRequired || p.collectiveDiscussionRequested();
		String reason = this.collectiveDiscussionRequired ? this.collectiveDiscussionReason
				: p.collectiveDiscussionRequested() ? p.collectiveDiscussionReason() : null;
		return new LegalReview(this.id, this.caseId, this.caseNumber, this.item, this.agencyCode,
				ReviewStatus.UNDER_REVIEW, this.reviewer, all, this.assignments, required, reason,
				this.collectiveDiscussion, null, this.revision + 1);
	}

	LegalReview concluded(ReviewOpinion opinion, boolean discussionRequired, String discussionReason) {
		ReviewStatus next = switch (opinion.outcome()) {
			case PASSED -> ReviewStatus.PASSED;
			case PASSED_WITH_CHANGES -> ReviewStatus.AWAITING_AMENDMENT;
			case RETURNED -> ReviewStatus.RETURNED;
			case REJECTED -> ReviewStatus.REJECTED;
		};
		String cleared = opinion.outcome() == ReviewOutcome.PASSED ? currentRound().submitted().digest() : null;
		boolean required = this.collectiveDiscussionRequired || discussionRequired;
		String reason = this.collectiveDiscussionRequired ? this.collectiveDiscussionReason
				: discussionRequired ? discussionReason : null;
		return with(next, this.reviewer, current(currentRound().withOpinion(opinion)), this.assignments, required,
				reason, this.collectiveDiscussion, cleared);
	}

	LegalReview amended(ReviewRound.Amendment amendment) {
		return with(ReviewStatus.AWAITING_CONFIRMATION, this.reviewer, current(currentRound().withAmendment(amendment)),
				this.assignments, this.collectiveDiscussionRequired, this.collectiveDiscussionReason,
				this.collectiveDiscussion, null);
	}

	LegalReview confirmed(ReviewRound.Confirmation confirmation) {
		return with(ReviewStatus.PASSED, this.reviewer, current(currentRound().withConfirmation(confirmation)),
				this.assignments, this.collectiveDiscussionRequired, this.collectiveDiscussionReason,
				this.collectiveDiscussion, confirmation.clearedDigest());
	}

	LegalReview reassigned(Assignment assignment) {
		List<Assignment> all = new ArrayList<>(this.assignments);
		all.add(assignment);
		return with(this.status, assignment.reviewer(), this.rounds, all, this.collectiveDiscussionRequired,
				this.collectiveDiscussionReason, this.collectiveDiscussion, this.clearedDigest);
	}

	LegalReview extended(ReviewRound.Extension extension, java.time.LocalDate dueOn) {
		return with(this.status, this.reviewer, current(currentRound().withExtension(extension, dueOn)),
				this.assignments, this.collectiveDiscussionRequired, this.collectiveDiscussionReason,
				this.collectiveDiscussion, this.clearedDigest);
	}

	LegalReview discussionRequired(String reason) {
		return with(this.status, this.reviewer, this.rounds, this.assignments, true, reason, this.collectiveDiscussion,
				this.clearedDigest);
	}

	LegalReview discussed(CollectiveDiscussion discussion) {
		String reason = this.collectiveDiscussionRequired ? this.collectiveDiscussionReason : "负责人召集集体讨论";
		return with(this.status, this.reviewer, this.rounds, this.assignments, true, reason, discussion,
				this.clearedDigest);
	}

	private List<ReviewRound> current(ReviewRound replaced) {
		List<ReviewRound> all = new ArrayList<>(this.rounds);
		all.set(all.size() - 1, replaced);
		return all;
	}

	private LegalReview with(ReviewStatus status, String reviewer, List<ReviewRound> rounds,
			List<Assignment> assignments, boolean discussionRequired, String discussionReason,
			CollectiveDiscussion discussion, String clearedDigest) {
		return new LegalReview(this.id, this.caseId, this.caseNumber, this.item, this.agencyCode, status, reviewer,
				rounds, assignments, discussionRequired, discussionReason, discussion, clearedDigest,
				this.revision + 1);
	}

}
