package org.sanxiang.disclosure.opendata;

import java.net.URI;
import java.time.Duration;

/**
 * The push to the provincial platform ({@code sanxiang.outbox.*}); a blank {@code url}
 * turns the sender off (messages are still queued, so nothing is lost until it is set).
 *
 * @param url where each message is POSTed, or blank
 * @param maxAttempts attempts before a message goes to the dead letters
 * @param timeout for connecting and for the whole answer
 * @param backoff waits between attempts
 * @param batchSize messages per run of the sender
 */
record OutboxSettings(String url, int maxAttempts, Duration timeout, Backoff backoff, int batchSize) {

	boolean enabled() {
		return this.url != null && !this.url.isBlank();
	}

	URI target() {
		return URI.create(this.url.strip());
	}

}
