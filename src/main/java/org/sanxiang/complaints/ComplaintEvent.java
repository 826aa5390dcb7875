package org.sanxiang.complaints;

import java.time.Instant;
import java.util.UUID;

import org.sanxiang.journal.Journaled;

/**
 * Something that happened to a complaint, in the past tense, published inside the
 * transaction that stores it so that the journal records it there (全过程记录, JL-1). Payloads
 * carry ids, states and digests — never the complainant's contact data or the text.
 */
public sealed interface ComplaintEvent extends Journaled
		permits ComplaintReceived, ComplaintAssigned, ComplaintNoteRecorded, ComplaintReplied, ComplaintClosed {

	UUID complaintId();

	/** The tracking number, e.g. TS-20261202-0001. */
	String number();

	String actor();

	Instant at();

	@Override
	default String journalActor() {
		return actor();
	}

}
