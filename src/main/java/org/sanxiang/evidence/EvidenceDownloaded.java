package org.sanxiang.evidence;

import java.util.UUID;

import org.sanxiang.journal.Journaled;

/**
 * Evidence was downloaded as a file (chain of custody).
 */
public record EvidenceDownloaded(UUID evidenceId, UUID caseId, String actor) implements Journaled {

	@Override
	public String journalActor() {
		return this.actor;
	}

	@Override
	public UUID journalCase() {
		return this.caseId;
	}

}
