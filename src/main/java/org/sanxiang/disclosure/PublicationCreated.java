package org.sanxiang.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A licensing decision got its publication record (事后公开, GS-3, GS-7): it is due on
 * {@code dueOn}, 7 working days after {@code decidedOn}; it waits for its decision
 * document when {@code status} is 待公示.
 */
public record PublicationCreated(UUID publicationId, UUID caseId, String caseNumber, String action, String source,
		LocalDate decidedOn, LocalDate dueOn, String status, String actor, Instant at) implements PublicationEvent {

	@Override
	public String journalActor() {
		return this.actor;
	}

	@Override
	public UUID journalCase() {
		return this.caseId;
	}

}
