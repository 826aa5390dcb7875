package org.sanxiang.disclosure.opendata;

import java.time.Instant;
import java.util.List;

import org.sanxiang.journal.Journaled;

/**
 * An administrator sent dead letters back to the queue of the provincial platform
 * (attempts reset).
 *
 * @param idempotencyKeys the messages replayed
 * @param by the administrator
 * @param at when
 */
public record OutboxMessagesReplayed(List<String> idempotencyKeys, String by, Instant at) implements Journaled {

	@Override
	public String journalActor() {
		return this.by;
	}

}
