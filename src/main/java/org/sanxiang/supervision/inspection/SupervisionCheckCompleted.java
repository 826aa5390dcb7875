package org.sanxiang.supervision.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A check was completed with its conclusion (named by its SHA-256). */
public record SupervisionCheckCompleted(UUID checkId, LocalDate completedOn, int findings, String conclusionSha256,
		String actor, Instant at) implements SupervisionCheckEvent {
}
