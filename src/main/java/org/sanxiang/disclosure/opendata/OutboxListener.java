package org.sanxiang.disclosure.opendata;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.disclosure.Publication;
import org.sanxiang.disclosure.PublicationEvent;
import org.sanxiang.disclosure.PublicationHeldBack;
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
 * <p>
 * A publication the platform was sent and that a 负责人 then holds back (不予公开, GS-5) must
 * come down there too: a retraction is queued in its place, in the same sequence and with
 * the same idempotency scheme, body {@code {"action":"retract","id":…,"reason":…}}; the
 * reason names the ground only (e.g. 不予公开：商业秘密), never the recorded reason, which may
 * itself say what is kept back.
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
		Optional<Publication> publication = this.decisions.find(event.publicationId());
		if (publication.isPresent()) {
			Publication p = publication.get();
			this.outbox.enqueue(p.id(), this.json.writeValueAsString(Exports.xinyong(p)));
		}
		else if (event instanceof PublicationHeldBack held && this.outbox.queuedAny(held.publicationId())) {
			this.outbox.enqueue(held.publicationId(), retraction(held));
		}
	}

	/** The retraction of a publication the platform has: its id and the ground only. */
	String retraction(PublicationHeldBack held) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("action", "retract");
		body.put("id", held.publicationId().toString());
		body.put("reason", "不予公开：" + held.ground());
		return this.json.writeValueAsString(body);
	}

}
