package org.sanxiang.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A publication was withdrawn (撤回, GS-4): it stays public as 已撤回 with {@code reason}, the
 * public explanation (masked, GS-5), until {@code disclosureUntil} (GS-6).
 */
public record PublicationWithdrawn(UUID publicationId, UUID caseId, String reason, LocalDate disclosureUntil,
		String actor, Instant at) implements PublicationEvent {

	@Override
	public String journalActor() {
		return this.actor;
	}

	@Override
	public UUID journalCase() {
		return this.caseId;
	}

}
