package org.sanxiang.review;

import java.time.Instant;

import org.sanxiang.casework.CaseId;

/**
 * 修改后通过: the officer submitted the amended decision text ({@code digest}), confirming
 * each of the {@code changes} required; the reviewer is to confirm them.
 */
public record ReviewAmended(ReviewId reviewId, CaseId caseId, int round, String digest, int changes, String actor,
		Instant at) implements ReviewEvent {
}
