package org.sanxiang.supervision.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A new version of an agency's scoring scheme was adopted; numbers as written (two
 * decimals).
 *
 * @param weights per component code, summing to 100
 */
public record AssessmentSchemeAdopted(UUID schemeId, String agencyCode, int version, LocalDate effectiveFrom,
		Map<String, String> weights, String findingPoints, String overduePoints, String excellentFrom, String goodFrom,
		String passFrom, String actor, Instant at) implements AssessmentEvent {
}
