package org.sanxiang.inspection;

import java.time.Instant;
import java.util.UUID;

/**
 * A published inspection result was corrected (result, findings, follow-up) with a public
 * explanation; the corrected text is masked again before it is published (GS-5).
 */
public record InspectionResultCorrected(UUID assignmentId, String planNumber, String creditCode, String result,
		String explanation, String actor, Instant at) implements InspectionEvent {

	@Override
	public UUID journalCase() {
		return this.assignmentId;
	}

}
