package org.sanxiang.evidence;

import java.util.UUID;

import org.sanxiang.journal.Journaled;

/**
 * Evidence was deleted after its retention end: the row stays as a tombstone with its
 * digests, the content is gone (JL-6). {@code reason} is the deleting 负责人's note.
 */
public record EvidenceDeleted(UUID evidenceId, UUID caseId, String actor, String sha256,
		String reason) implements Journaled {

	@Override
	public String journalActor() {
		return this.actor;
	}

	@Override
	public UUID journalCase() {
		return this.caseId;
	}

}
