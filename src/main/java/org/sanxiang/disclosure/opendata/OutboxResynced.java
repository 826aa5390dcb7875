package org.sanxiang.disclosure.opendata;

import java.time.Instant;

import org.sanxiang.journal.Journaled;

/**
 * An administrator compared every public decision with what was last queued for the
 * provincial platform and queued again those that differ or were never sent: data leave
 * the agency on this act, so it is journaled like a replay.
 *
 * @param queued how many messages were queued
 * @param by the administrator
 * @param at when
 */
public record OutboxResynced(int queued, String by, Instant at) implements Journaled {

	@Override
	public String journalActor() {
		return this.by;
	}

}
