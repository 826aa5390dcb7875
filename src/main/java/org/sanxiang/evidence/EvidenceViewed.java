package org.sanxiang.evidence;

import java.util.UUID;

import org.sanxiang.journal.Journaled;

/**
 * Evidence was played or shown in the browser (chain of custody): one entry per playback,
 * not per seek.
 */
public record EvidenceViewed(UUID evidenceId, UUID caseId, String actor) implements Journaled {

	@Override
	public String journalActor() {
		return this.actor;
	}

	@Override
	public UUID journalCase() {
		return this.caseId;
	}

}
