package org.sanxiang.disclosure.opendata;

import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.disclosure.PublishedDecisions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rebuild path: walks every public publication and queues those whose current record
 * differs from the one queued last (or that were never queued, e.g. published before the
 * outbox existed). Idempotent: run twice, it queues nothing the second time.
 */
@Component
class OutboxResync {

	private final PublishedDecisions decisions;

	private final Outbox outbox;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OutboxResync(PublishedDecisions decisions, Outbox outbox, JsonMapper json, ApplicationEventPublisher events,
			Clock clock) {
		this.decisions = decisions;
		this.outbox = outbox;
		this.json = json;
		this.events = events;
		this.clock = clock;
	}

	/** How many messages it queued; journaled with {@code by} in the same transaction. */
	@Transactional
	int resync(String by) {
		int[] queued = { 0 };
		this.decisions.forEachPublic(p -> {
			if (this.outbox.enqueue(p.id(), this.json.writeValueAsString(Exports.xinyong(p))).isPresent()) {
				queued[0]++;
			}
		});
		this.events.publishEvent(new OutboxResynced(queued[0], by, this.clock.instant()));
		return queued[0];
	}

}
