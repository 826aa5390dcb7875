package org.sanxiang.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A later decision (撤回, 撤销, 注销) asks for a publication to be withdrawn with a public
 * explanation by {@code dueOn}: 3 working days after that decision (GS-4).
 */
public record PublicationWithdrawalRequested(UUID publicationId, UUID caseId, String reason, LocalDate dueOn,
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
