package org.sanxiang.supervision.assessment;

import java.time.Instant;

import org.sanxiang.journal.Journaled;

/**
 * Something that happened to assessment, published inside the transaction that stores it
 * so that the journal records it there (全过程记录, JL-1). Reasons stay in the assessment
 * tables; events carry their digests.
 */
public sealed interface AssessmentEvent extends Journaled
		permits AssessmentSchemeAdopted, CommendationRecorded, AccountabilityRecorded {

	String actor();

	Instant at();

	@Override
	default String journalActor() {
		return actor();
	}

}
