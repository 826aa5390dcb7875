package org.sanxiang.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One round of a review: a complete package, and what became of it. A package returned
 * for supplement (退回补充) is resubmitted as the next round; every round is kept.
 *
 * @param number 1, 2, 3 …
 * @param submitted the package
 * @param submittedBy the officer who submitted it
 * @param submittedAt when
 * @param completeOn the day the package was complete: the review clock starts (SH-5)
 * @param dueOn the last day of the review period (7 working days, +3 when extended)
 * @param extension the approved extension, if any
 * @param opinion the reviewer's conclusion, once given
 * @param amendment for 修改后通过: the officer's amended text with each change confirmed
 * @param confirmation for 修改后通过: the reviewer's confirmation of the changes
 */
public record ReviewRound(int number, ReviewPackage submitted, String submittedBy, Instant submittedAt,
		LocalDate completeOn, LocalDate dueOn, Extension extension, ReviewOpinion opinion, Amendment amendment,
		Confirmation confirmation) {

	/** Whether the reviewer concluded the round. */
	public boolean concluded() {
		return this.opinion != null;
	}

	/** The proposal as it now stands: the amended text once there is one. */
	public String proposedText() {
		return this.amendment != null ? this.amendment.decisionText() : this.submitted.decisionText();
	}

	/** The digest of the proposal as it now stands. */
	public String proposedDigest() {
		return this.amendment != null ? this.amendment.digest() : this.submitted.digest();
	}

	ReviewRound withExtension(Extension extension, LocalDate dueOn) {
		return new ReviewRound(this.number, this.submitted, this.submittedBy, this.submittedAt, this.completeOn, dueOn,
				extension, this.opinion, this.amendment, this.confirmation);
	}

	ReviewRound withOpinion(ReviewOpinion opinion) {
		return new ReviewRound(this.number, this.submitted, this.submittedBy, this.submittedAt, this.completeOn,
				this.dueOn, this.extension, opinion, this.amendment, this.confirmation);
	}

	ReviewRound withAmendment(Amendment amendment) {
		return new ReviewRound(this.number, this.submitted, this.submittedBy, this.submittedAt, this.completeOn,
				this.dueOn, this.extension, this.opinion, amendment, this.confirmation);
	}

	ReviewRound withConfirmation(Confirmation confirmation) {
		return new ReviewRound(this.number, this.submitted, this.submittedBy, this.submittedAt, this.completeOn,
				this.dueOn, this.extension, this.opinion, this.amendment, confirmation);
	}

	/**
	 * The review period extended once by a 负责人 (SH-5: +3 working days with approval).
	 */
	public record Extension(int workingDays, String reason, String approvedBy, Instant at) {
	}

	/**
	 * The amended decision text for 修改后通过, each required change confirmed by the officer
	 * with how it was made.
	 */
	public record Amendment(String decisionText, String digest, List<ChangeMade> changes, String by, Instant at) {

		public Amendment {
			changes = changes == null ? List.of() : List.copyOf(changes);
		}

	}

	/**
	 * One required change, by its number (1-based) in the opinion, and how it was made.
	 */
	public record ChangeMade(int change, String how) {
	}

	/**
	 * The reviewer confirmed the changes: {@code clearedDigest} is the amended
	 * proposal's.
	 */
	public record Confirmation(String reviewer, Instant at, String clearedDigest) {
	}

}
