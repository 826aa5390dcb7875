package org.sanxiang.review;

import java.time.Instant;

import org.sanxiang.casework.CaseId;

/**
 * The review went to {@code reviewer}, a 法制审核人员 who did not handle the case; {@code how}:
 * 自动指派 (the least loaded eligible reviewer) or 指定.
 */
public record ReviewAssigned(ReviewId reviewId, CaseId caseId, String reviewer, String how, String actor,
		Instant at) implements ReviewEvent {
}
