package org.sanxiang.evidence;

import java.util.UUID;

import org.sanxiang.journal.Journaled;

/**
 * Evidence was exported, e.g. into an electronic case file (电子案卷) or a package for a
 * court (chain of custody); {@code purpose} says what for.
 */
public record EvidenceExported(UUID evidenceId, UUID caseId, String actor, String purpose) implements Journaled {

	@Override
	public String journalActor() {
		return this.actor;
	}

	@Override
	public UUID journalCase() {
		return this.caseId;
	}

}
