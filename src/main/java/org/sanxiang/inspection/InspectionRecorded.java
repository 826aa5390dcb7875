package org.sanxiang.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A drawn inspection was carried out and its result recorded by the drawn inspectors,
 * with the audio/video of the visit held under the assignment's id (JL-3, JL-7).
 *
 * @param assignmentId the assignment (the evidence module's case id of its recordings)
 * @param result 未发现问题, 责令整改, 移送立案 or 其他
 */
public record InspectionRecorded(UUID assignmentId, UUID planId, String planNumber, String creditCode,
		LocalDate inspectedOn, String result, String actor, Instant at) implements InspectionEvent {

	/** The recordings and the record of one inspection replay together. */
	@Override
	public UUID journalCase() {
		return this.assignmentId;
	}

}
