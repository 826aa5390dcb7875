package org.sanxiang.disclosure.opendata;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 管理员 replays dead letters: back to the queue, due now, attempts reset; the replay is
 * journaled in the same transaction (JL-1).
 */
@Component
class OutboxAdministration {

	private final Outbox outbox;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OutboxAdministration(Outbox outbox, ApplicationEventPublisher events, Clock clock) {
		this.outbox = outbox;
		this.events = events;
		this.clock = clock;
	}

	/** Replays one dead letter ({@code id}) or all ({@code null}); returns their keys. */
	@Transactional
	List<String> replay(Long id, String by) {
		List<String> keys = this.outbox.replay(id);
		if (!keys.isEmpty()) {
			this.events.publishEvent(new OutboxMessagesReplayed(keys, by, this.clock.instant()));
		}
		return keys;
	}

}
