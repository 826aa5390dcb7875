package org.sanxiang.supervision.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A ledger task was created. */
public record LedgerTaskCreated(UUID taskId, String title, String category, String unitCode, String owner,
		LocalDate deadline, String actor, Instant at) implements LedgerEvent {
}
