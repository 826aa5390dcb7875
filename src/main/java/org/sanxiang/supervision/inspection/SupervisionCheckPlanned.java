package org.sanxiang.supervision.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A check of a unit was planned (定期) or opened (不定期). */
public record SupervisionCheckPlanned(UUID checkId, String title, String kind, String agencyCode, String unitCode,
		LocalDate periodFrom, LocalDate periodTo, LocalDate scheduledOn, int sampleSize, String actor,
		Instant at) implements SupervisionCheckEvent {
}
