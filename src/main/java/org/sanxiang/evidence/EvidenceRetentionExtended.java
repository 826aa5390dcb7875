package org.sanxiang.evidence;

import java.time.LocalDate;
import java.util.UUID;

import org.sanxiang.journal.Journaled;

/**
 * The case was archived: its evidence is kept with the case file, at least until
 * {@code retainUntil} (JL-6); {@code items} items had an earlier retention end and were
 * raised to it.
 */
public record EvidenceRetentionExtended(UUID caseId, LocalDate retainUntil, int items,
		String actor) implements Journaled {

	@Override
	public String journalActor() {
		return this.actor;
	}

	@Override
	public UUID journalCase() {
		return this.caseId;
	}

}
