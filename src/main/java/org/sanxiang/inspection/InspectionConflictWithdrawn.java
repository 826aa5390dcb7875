package org.sanxiang.inspection;

import java.time.Instant;
import java.util.UUID;

/**
 * A declared conflict no longer holds; it stays in the register's history.
 */
public record InspectionConflictWithdrawn(UUID conflictId, String creditCode, String officerId, String actor,
		Instant at) implements InspectionEvent {
}
