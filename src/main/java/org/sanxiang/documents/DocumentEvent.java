package org.sanxiang.documents;

import java.time.Instant;
import java.util.UUID;

import org.sanxiang.casework.CaseId;
import org.sanxiang.journal.Journaled;

/**
 * Something that happened to an issued document, in the past tense, published inside the
 * transaction that stores it: the journal appends it there under the document's case
 * (全过程记录, JL-1), so the case's journal shows every document it was given.
 */
public sealed interface DocumentEvent extends Journaled permits DocumentIssued, DocumentVoided, DocumentStatusChanged {

	UUID documentId();

	CaseId caseId();

	/** The document's 文号. */
	String number();

	/** The account that acted ({@code system} for a change the platform made). */
	String actor();

	/** When it was recorded (from the injected clock). */
	Instant at();

	@Override
	default String journalActor() {
		return actor();
	}

	@Override
	default UUID journalCase() {
		return caseId().value();
	}

}
