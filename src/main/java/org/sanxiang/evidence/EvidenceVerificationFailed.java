package org.sanxiang.evidence;

import java.util.UUID;

import org.sanxiang.journal.Journaled;

/**
 * A stored evidence file no longer matches its recorded digest: found by
 * {@link EvidenceVault#verify()}; {@code found} is the SHA-256 read now ({@code missing}
 * when the file is gone).
 */
public record EvidenceVerificationFailed(UUID evidenceId, UUID caseId, String actor, String sha256,
		String found) implements Journaled {

	@Override
	public String journalActor() {
		return this.actor;
	}

	@Override
	public UUID journalCase() {
		return this.caseId;
	}

}
