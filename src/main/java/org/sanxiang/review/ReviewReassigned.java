package org.sanxiang.review;

import java.time.Instant;

import org.sanxiang.casework.CaseId;

/** A 负责人 moved the review from one reviewer to another, with the reason. */
public record ReviewReassigned(ReviewId reviewId, CaseId caseId, String from, String to, String reason, String actor,
		Instant at) implements ReviewEvent {
}
