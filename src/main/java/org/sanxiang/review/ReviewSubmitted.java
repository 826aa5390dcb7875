package org.sanxiang.review;

import java.time.Instant;
import java.time.LocalDate;

import org.sanxiang.casework.CaseId;

/**
 * 送审: a complete package was submitted ({@code round} 1) or resubmitted after 退回补充 (round
 * 2, 3 …); the review clock runs from {@code completeOn} to {@code dueOn} (SH-3, SH-5).
 * {@code digest} is the SM3 of the proposed decision.
 */
public record ReviewSubmitted(ReviewId reviewId, CaseId caseId, int round, String action, String digest,
		LocalDate completeOn, LocalDate dueOn, boolean collectiveDiscussionRequested, String actor,
		Instant at) implements ReviewEvent {
}
