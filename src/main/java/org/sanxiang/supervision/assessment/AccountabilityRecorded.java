package org.sanxiang.supervision.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An accountability measure (问责) against a unit was recorded, on the findings or score it
 * rests on.
 *
 * @param quarter the quarter, or {@code null} for the year
 * @param score the unit's total it rests on, or {@code null}
 * @param reasonSha256 SHA-256 of the reason as stored
 */
public record AccountabilityRecorded(UUID outcomeId, String agencyCode, String unitCode, String measure, int year,
		Integer quarter, String score, Integer schemeVersion, List<UUID> findingIds, String reasonSha256, String actor,
		Instant at) implements AssessmentEvent {
}
