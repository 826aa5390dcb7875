package org.sanxiang.review;

import java.time.Instant;
import java.util.UUID;

import org.sanxiang.casework.CaseId;
import org.sanxiang.journal.Journaled;

/**
 * Something that happened to a legal review, in the past tense. Each change of a review
 * publishes one or two, inside the transaction that stores it, and the journal appends
 * them there under the case (全过程记录, JL-1), so the case's journal shows its review.
 */
public sealed interface ReviewEvent extends Journaled permits ReviewSubmitted, ReviewAssigned, ReviewReassigned,
		ReviewConcluded, ReviewAmended, ReviewChangesConfirmed, ReviewExtended, CollectiveDiscussionRequired,
		CollectiveDiscussionHeld, ReviewDeadlineApproaching, ReviewDeadlineLapsed {

	ReviewId reviewId();

	CaseId caseId();

	/** The account that acted ({@code system} for an automatic assignment). */
	String actor();

	/** When it was recorded (from the injected clock). */
	Instant at();

	@Override
	default String journalActor() {
		return actor();
	}

	@Override
	default UUID journalCase() {
		return caseId().value();
	}

}
