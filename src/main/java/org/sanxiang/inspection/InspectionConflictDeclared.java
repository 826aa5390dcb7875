package org.sanxiang.inspection;

import java.time.Instant;
import java.util.UUID;

/**
 * An officer must not inspect a target (回避申报), with the reason.
 */
public record InspectionConflictDeclared(UUID conflictId, String agencyCode, String creditCode, String officerId,
		String reason, String actor, Instant at) implements InspectionEvent {
}
