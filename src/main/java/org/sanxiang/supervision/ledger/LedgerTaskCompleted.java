package org.sanxiang.supervision.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A ledger task was completed; the journal keeps the summary's SHA-256. */
public record LedgerTaskCompleted(UUID taskId, LocalDate completedOn, String summarySha256, String actor,
		Instant at) implements LedgerEvent {
}
