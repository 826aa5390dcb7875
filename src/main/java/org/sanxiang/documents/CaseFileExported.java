package org.sanxiang.documents;

import java.util.UUID;

import org.sanxiang.journal.Journaled;

/**
 * Someone took the electronic case file out of the platform (chain of custody, JL-1): the
 * PDF alone, or the package ({@code zip}) with the documents, the evidence files and the
 * journal's record of the case.
 *
 * @param format {@code pdf} or {@code zip}
 * @param sm3 SM3 of the case-file PDF handed out
 */
public record CaseFileExported(UUID caseId, String actor, String format, String sm3) implements Journaled {

	@Override
	public String journalActor() {
		return this.actor;
	}

	@Override
	public UUID journalCase() {
		return this.caseId;
	}

}
