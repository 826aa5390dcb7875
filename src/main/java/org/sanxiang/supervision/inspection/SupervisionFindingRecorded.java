package org.sanxiang.supervision.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A finding of a check was recorded and its rectification opened as a ledger task (督查整改)
 * due on {@code rectificationDue}; the description is named by its SHA-256.
 */
public record SupervisionFindingRecorded(UUID findingId, UUID checkId, UUID caseId, String item, String unitCode,
		String descriptionSha256, LocalDate rectificationDue, UUID ledgerTaskId, String actor,
		Instant at) implements SupervisionCheckEvent {
}
