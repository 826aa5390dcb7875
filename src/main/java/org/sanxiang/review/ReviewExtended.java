package org.sanxiang.review;

import java.time.Instant;
import java.time.LocalDate;

import org.sanxiang.casework.CaseId;

/**
 * A 负责人 extended the review period of {@code round} once by {@code workingDays}, to
 * {@code dueOn} (SH-5). The case's decision clock is not paused.
 */
public record ReviewExtended(ReviewId reviewId, CaseId caseId, int round, int workingDays, LocalDate dueOn,
		String reason, String actor, Instant at) implements ReviewEvent {
}
