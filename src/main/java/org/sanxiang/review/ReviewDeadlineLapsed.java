package org.sanxiang.review;

import java.time.Instant;
import java.time.LocalDate;

import org.sanxiang.casework.CaseId;

/**
 * 审核超期: round {@code round} is still with the reviewer after {@code dueOn} — the review
 * period or, if earlier, the case's decision period (SH-5). Raised once per round and due
 * day by the daily sweep, by the platform; an extension gives a new due day.
 */
public record ReviewDeadlineLapsed(ReviewId reviewId, CaseId caseId, int round, String reviewer, LocalDate dueOn,
		int workingDaysOverdue, String actor, Instant at) implements ReviewEvent {
}
