package org.sanxiang.inspection;

import java.time.Instant;
import java.util.UUID;

/**
 * A plan was drawn: the public inputs (tree head, seed, population and pool digests) and
 * the result.
 */
public record InspectionDrawn(UUID planId, String number, String algorithm, long treeSize, String treeRoot, String seed,
		int population, String populationSm3, int pool, String poolSm3, java.util.List<String> targets, int exclusions,
		String actor, Instant at) implements InspectionEvent {
}
