package org.sanxiang.supervision.inspection;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The sample of a check was drawn: from {@code population} closed cases (named by the
 * SHA-256 of their ordered numbers) with {@code seed}, the cases in draw order.
 */
public record SupervisionCheckSampled(UUID checkId, long seed, int population, String populationDigest,
		List<UUID> caseIds, String actor, Instant at) implements SupervisionCheckEvent {
}
