package org.sanxiang.review;

import java.time.Instant;
import java.time.LocalDate;

import org.sanxiang.casework.CaseId;

/**
 * 审核期限预警: the reviewer has {@code workingDaysLeft} working days or fewer (a setting,
 * default 2) left of round {@code round} before {@code dueOn} — the review period or, if
 * earlier, the case's decision period (SH-5). Raised once per round and due day by the
 * daily sweep, by the platform.
 */
public record ReviewDeadlineApproaching(ReviewId reviewId, CaseId caseId, int round, String reviewer, LocalDate dueOn,
		int workingDaysLeft, String actor, Instant at) implements ReviewEvent {
}
