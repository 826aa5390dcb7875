package org.sanxiang.disclosure.opendata;

import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.disclosure.PublicationEvent;
import org.sanxiang.disclosure.PublishedDecisions;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Queues the provincial platform's copy of a publication when it changes — inside the
 * transaction of the change, just before it commits (transactional outbox): the message
 * commits with the change or not at all, so no change is lost across a crash and none is
 * sent that did not happen. Before commit, the change is complete, whatever order the
 * pipeline raised its events in. Only what {@link PublishedDecisions} shows leaves: a
 * held-back or pending publication queues nothing. {@link OutboxResync} covers rows that
 * were public before this listener existed.
 */
@Component
class OutboxListener {

	private final PublishedDecisions decisions;

	private final Outbox outbox;

	private final JsonMapper json;

	OutboxListener(PublishedDecisions decisions, Outbox outbox, JsonMapper json) {
		this.decisions = decisions;
		this.outbox = outbox;
		this.json = json;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(PublicationEvent event) {
		this.decisions.find(event.publicationId())
			.ifPresent(p -> this.outbox.enqueue(p.id(), this.json.writeValueAsString(Exports.xinyong(p))));
	}

}
