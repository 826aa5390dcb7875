package org.sanxiang.casework.service;

import java.time.Clock;
import java.time.Duration;

import org.sanxiang.platform.ClientRateLimiter;

import org.springframework.stereotype.Component;

/**
 * Limits progress lookups (办件查询, on the portal page and
 * {@code GET /api/v1/public/progress}) to {@value #LOOKUPS_PER_MINUTE} per client address
 * per minute, so that query codes cannot be guessed by trying many (issue 4 item 9).
 * <p>
 * Counted by the platform's {@link ClientRateLimiter} (the complaint form uses the same),
 * in memory on this node, for at most {@value #MAX_CLIENTS} addresses.
 */
@Component
class OnlineApplicationRateLimiter {

	static final int LOOKUPS_PER_MINUTE = 10;

	static final int MAX_CLIENTS = 10_000;

	private final ClientRateLimiter limiter;

	OnlineApplicationRateLimiter(Clock clock) {
		this.limiter = new ClientRateLimiter(clock, LOOKUPS_PER_MINUTE, Duration.ofMinutes(1), MAX_CLIENTS);
	}

	/** Counts one lookup by {@code client}; {@code false} when it is over the limit. */
	boolean tryAcquire(String client) {
		return this.limiter.tryAcquire(client);
	}

	/** How many addresses are tracked now (at most {@value #MAX_CLIENTS}). */
	int clients() {
		return this.limiter.clients();
	}

	/** 429 for a client over the limit; the message is shown as is. */
	static final class TooManyLookups extends RuntimeException {

		TooManyLookups() {
			super("查询过于频繁，每分钟最多查询" + LOOKUPS_PER_MINUTE + "次，请稍后再试");
		}

	}

}
