package org.sanxiang.inspection;

import java.time.Instant;

import org.sanxiang.journal.Journaled;

/**
 * Something that happened in 双随机 inspection work, in the past tense, published inside the
 * transaction that stores it so that the journal records it there (全过程记录, JL-1).
 */
public interface InspectionEvent extends Journaled {

	String actor();

	Instant at();

	@Override
	default String journalActor() {
		return actor();
	}

}
