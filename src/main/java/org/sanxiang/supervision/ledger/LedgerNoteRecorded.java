package org.sanxiang.supervision.ledger;

import java.time.Instant;
import java.util.UUID;

/** A progress note was added to a ledger task; the journal keeps its SHA-256. */
public record LedgerNoteRecorded(UUID taskId, long noteId, String noteSha256, String actor,
		Instant at) implements LedgerEvent {
}
