package org.sanxiang.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The result of a drawn inspection was published on the portal (一公开), masked (GS-5), with
 * the day it was due (GS-3: 20 working days).
 *
 * @param assignmentId the drawn inspection, also the publication's id
 * @param dueOn the last day for publication
 */
public record InspectionResultPublished(UUID assignmentId, UUID planId, String planNumber, String creditCode,
		String result, LocalDate dueOn, String actor, Instant at) implements InspectionEvent {

	@Override
	public UUID journalCase() {
		return this.assignmentId;
	}

}
