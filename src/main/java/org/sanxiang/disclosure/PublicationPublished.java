package org.sanxiang.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A publication went public — approved by a 负责人, or by the platform's sweep where the
 * agency publishes automatically. {@code onTime} says whether it made its due date (7
 * working days, GS-3); it stays in the public lists until {@code disclosureUntil} (GS-6,
 * {@code null}: no end).
 */
public record PublicationPublished(UUID publicationId, UUID caseId, String action, String documentNumber,
		LocalDate dueOn, boolean onTime, LocalDate disclosureUntil, String actor,
		Instant at) implements PublicationEvent {

	@Override
	public String journalActor() {
		return this.actor;
	}

	@Override
	public UUID journalCase() {
		return this.caseId;
	}

}
