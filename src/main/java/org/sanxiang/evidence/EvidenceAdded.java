package org.sanxiang.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.sanxiang.journal.Journaled;

/**
 * Evidence was stored: its content is durable in the blob store and its row committed in
 * this event's transaction (JL-1).
 */
public record EvidenceAdded(UUID evidenceId, UUID caseId, Activity activity, String actor, String capturedBy,
		String device, Instant captureStart, Instant captureEnd, String fileName, String mediaType, long size,
		String sha256, String sm3, LocalDate retentionEnd) implements Journaled {

	@Override
	public String journalActor() {
		return this.actor;
	}

	@Override
	public UUID journalCase() {
		return this.caseId;
	}

}
