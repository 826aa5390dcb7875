package org.sanxiang.supervision.inspection;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The inspector confirmed a sampled case's checklist: the verdict on each point and the
 * points where it differs from the pre-filled answer. Recorded on the case's own history.
 */
public record SupervisionChecklistConfirmed(UUID checkId, UUID caseId, Map<String, String> verdicts,
		java.util.List<String> overridden, String actor, Instant at) implements SupervisionCheckEvent {

	@Override
	public UUID journalCase() {
		return this.caseId;
	}

}
