package org.sanxiang.evidence;

import java.util.UUID;

import org.sanxiang.journal.Journaled;

/**
 * A 负责人 approved that one activity of a case goes without audio/video recording, for
 * {@code reason} (JL-5: device fault, state or trade secret, privacy, emergency).
 */
public record RecordingExemptionApproved(UUID exemptionId, UUID caseId, Activity activity, String reason,
		String approvedBy) implements Journaled {

	@Override
	public String journalActor() {
		return this.approvedBy;
	}

	@Override
	public UUID journalCase() {
		return this.caseId;
	}

}
