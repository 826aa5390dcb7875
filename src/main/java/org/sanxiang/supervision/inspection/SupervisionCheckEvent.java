package org.sanxiang.supervision.inspection;

import java.time.Instant;

import org.sanxiang.journal.Journaled;

/**
 * Something that happened to a check (督查), published inside the transaction that stores
 * it so that the journal records it there (全过程记录, JL-1). Payloads carry ids, codes,
 * verdicts and digests; texts stay in the check.
 */
public sealed interface SupervisionCheckEvent extends Journaled permits SupervisionCheckPlanned,
		SupervisionCheckSampled, SupervisionChecklistConfirmed, SupervisionFindingRecorded, SupervisionCheckCompleted {

	String actor();

	Instant at();

	@Override
	default String journalActor() {
		return actor();
	}

}
