package org.sanxiang.review;

import java.time.Instant;
import java.util.List;

import org.sanxiang.casework.CaseId;

/**
 * The reviewer concluded {@code round} on the seven points (SH-4) with {@code outcome}
 * (SH-5); {@code opinionNumber} is the 法制审核意见书's number ({@code null} for 退回补充);
 * {@code digest} the proposal reviewed.
 */
public record ReviewConcluded(ReviewId reviewId, CaseId caseId, int round, ReviewOutcome outcome, String opinionNumber,
		List<String> requiredChanges, boolean crimeSuspected, String digest, String actor,
		Instant at) implements ReviewEvent {

	public ReviewConcluded {
		requiredChanges = requiredChanges == null ? List.of() : List.copyOf(requiredChanges);
	}

}
