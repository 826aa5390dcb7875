package org.sanxiang.documents;

import java.util.UUID;

import org.sanxiang.journal.Journaled;

/**
 * The electronic case file (电子案卷) of an archived case was assembled and stored: its SM3
 * (GB/T 32905) and page count, and how many documents and evidence items it holds. The
 * journal entry is what proves, later, that a copy of the file is the one made.
 */
public record CaseFileAssembled(UUID caseId, String caseNumber, String sm3, int pages, int documents, int evidence,
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
