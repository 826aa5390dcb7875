package org.sanxiang.evidence;

import java.util.UUID;

import org.sanxiang.journal.Journaled;

/**
 * Evidence was handed to someone outside the case team — a review body, a court, the
 * party (chain of custody); {@code recipient} is who, {@code purpose} why.
 */
public record EvidenceShared(UUID evidenceId, UUID caseId, String actor, String recipient,
		String purpose) implements Journaled {

	@Override
	public String journalActor() {
		return this.actor;
	}

	@Override
	public UUID journalCase() {
		return this.caseId;
	}

}
