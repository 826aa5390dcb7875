package org.sanxiang.disclosure.opendata;

import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.disclosure.PublishedDecisions;

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

	OutboxResync(PublishedDecisions decisions, Outbox outbox, JsonMapper json) {
		this.decisions = decisions;
		this.outbox = outbox;
		this.json = json;
	}

	/** How many messages it queued. */
	@Transactional
	int resync() {
		int[] queued = { 0 };
		this.decisions.forEachPublic(p -> {
			if (this.outbox.enqueue(p.id(), this.json.writeValueAsString(Exports.xinyong(p))).isPresent()) {
				queued[0]++;
			}
		});
		return queued[0];
	}

}
