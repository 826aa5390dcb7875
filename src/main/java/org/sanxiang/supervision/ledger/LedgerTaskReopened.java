package org.sanxiang.supervision.ledger;

import java.time.Instant;
import java.util.UUID;

/** A completed ledger task was reopened; the reason is kept as a progress note. */
public record LedgerTaskReopened(UUID taskId, String reasonSha256, String actor, Instant at) implements LedgerEvent {
}
