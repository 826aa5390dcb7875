package org.sanxiang.journal;

import java.util.UUID;

/**
 * An event the journal records (全过程记录, JL-1). Publish it inside the transaction of the
 * change it reports: the journal appends it in that same transaction, so the change and
 * its entry commit or roll back together. The whole event, serialised as canonical JSON,
 * is the entry's payload; the event's simple class name is its type.
 */
public interface Journaled {

	/** The account that acted ({@code system} for the platform, {@code applicant}, …). */
	String journalActor();

	/** The case the event belongs to, if any: a case's entries replay its history. */
	default UUID journalCase() {
		return null;
	}

}
