package org.sanxiang.supervision.alerts;

import java.time.Instant;

import org.sanxiang.journal.Journaled;

/**
 * A change to how alerts are delivered, published inside the transaction that stores it
 * so that the journal records it there (全过程记录, JL-1). Reading an alert is not journaled:
 * it is one reader's view, not part of the record of the work.
 */
sealed interface AlertEvent extends Journaled permits DigestTimeChanged, DigestSubscriptionChanged {

	String actor();

	Instant at();

	@Override
	default String journalActor() {
		return actor();
	}

}
