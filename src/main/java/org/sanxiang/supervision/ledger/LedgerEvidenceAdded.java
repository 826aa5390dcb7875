package org.sanxiang.supervision.ledger;

import java.time.Instant;
import java.util.UUID;

/** An evidence file was added to a ledger task, named by its SM3 and SHA-256. */
public record LedgerEvidenceAdded(UUID taskId, long evidenceId, String fileName, String sm3, String sha256, long size,
		String actor, Instant at) implements LedgerEvent {
}
