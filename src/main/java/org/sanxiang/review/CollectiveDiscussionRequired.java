package org.sanxiang.review;

import java.time.Instant;

import org.sanxiang.casework.CaseId;

/**
 * The case must go to 集体讨论 before its decision, for {@code reason} (complex or novel, or
 * the review's disagreement, SH-5).
 */
public record CollectiveDiscussionRequired(ReviewId reviewId, CaseId caseId, String reason, String actor,
		Instant at) implements ReviewEvent {
}
