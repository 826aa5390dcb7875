package org.sanxiang.supervision.ledger;

import java.time.Instant;

import org.sanxiang.journal.Journaled;

/**
 * Something that happened to the leadership group or the ledger, published inside the
 * transaction that stores it so that the journal records it there (全过程记录, JL-1). Payloads
 * carry ids, codes and digests; note texts stay in the ledger.
 */
public sealed interface LedgerEvent extends Journaled permits LedgerTaskCreated, LedgerTaskEdited, LedgerNoteRecorded,
		LedgerEvidenceAdded, LedgerTaskCompleted, LedgerTaskReopened, LeadershipGroupChanged {

	String actor();

	Instant at();

	@Override
	default String journalActor() {
		return actor();
	}

}
