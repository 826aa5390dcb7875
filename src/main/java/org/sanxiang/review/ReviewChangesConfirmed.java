package org.sanxiang.review;

import java.time.Instant;

import org.sanxiang.casework.CaseId;

/**
 * 修改后通过: the reviewer confirmed the changes; the review passed, clearing the amended
 * proposal ({@code clearedDigest}) and no other.
 */
public record ReviewChangesConfirmed(ReviewId reviewId, CaseId caseId, int round, String clearedDigest, String actor,
		Instant at) implements ReviewEvent {
}
