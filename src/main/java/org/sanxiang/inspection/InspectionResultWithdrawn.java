package org.sanxiang.inspection;

import java.time.Instant;
import java.util.UUID;

/**
 * A published inspection result was withdrawn with a public reason (GS-4); it stays
 * listed as 已撤回 with that reason.
 */
public record InspectionResultWithdrawn(UUID assignmentId, String planNumber, String creditCode, String reason,
		String actor, Instant at) implements InspectionEvent {

	@Override
	public UUID journalCase() {
		return this.assignmentId;
	}

}
