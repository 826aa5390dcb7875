package org.sanxiang.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A publication was corrected (更正, GS-4): after a 变更 or 延续 of the licence, or by a 负责人
 * with a public explanation. {@code note} is that explanation, masked (GS-5).
 */
public record PublicationCorrected(UUID publicationId, UUID caseId, String currentStatus, LocalDate validTo,
		LocalDate disclosureUntil, String note, String actor, Instant at) implements PublicationEvent {

	@Override
	public String journalActor() {
		return this.actor;
	}

	@Override
	public UUID journalCase() {
		return this.caseId;
	}

}
