package org.sanxiang.casework.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Limits progress lookups (办件查询, on the portal page and
 * {@code GET /api/v1/public/progress}) to {@value #LOOKUPS_PER_MINUTE} per client address
 * per minute, so that query codes cannot be guessed by trying many (issue 4 item 9).
 * <p>
 * The counts live in memory on this node only: with several nodes behind a load balancer
 * each node allows its own {@value #LOOKUPS_PER_MINUTE}. The map holds at most
 * {@value #MAX_CLIENTS} addresses, dropping the least recently seen, so it cannot grow
 * without bound. The client address is {@code request.getRemoteAddr()}; behind a reverse
 * proxy set {@code server.forward-headers-strategy} so that it is the caller's.
 */
@Component
class OnlineApplicationRateLimiter {

	static final int LOOKUPS_PER_MINUTE = 10;

	static final int MAX_CLIENTS = 10_000;

	private static final Duration WINDOW = Duration.ofMinutes(1);

	private final Clock clock;

	private final Map<String, Window> windows = new LinkedHashMap<>(256, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
			return size() > MAX_CLIENTS;
		}

	};

	OnlineApplicationRateLimiter(Clock clock) {
		this.clock = clock;
	}

	/** One minute from the first lookup in it, and how many lookups it has seen. */
	private record Window(Instant start, int count) {
	}

	/** Counts one lookup by {@code client}; {@code false} when it is over the limit. */
	synchronized boolean tryAcquire(String client) {
		Instant now = this.clock.instant();
		String key = client == null ? "" : client;
		Window window = this.windows.get(key);
		if (window == null || !now.isBefore(window.start().plus(WINDOW))) {
			window = new Window(now, 0);
		}
		if (window.count() >= LOOKUPS_PER_MINUTE) {
			this.windows.put(key, window);
			return false;
		}
		this.windows.put(key, new Window(window.start(), window.count() + 1));
		return true;
	}

	/** How many addresses are tracked now (at most {@value #MAX_CLIENTS}). */
	synchronized int clients() {
		return this.windows.size();
	}

	/** 429 for a client over the limit; the message is shown as is. */
	static final class TooManyLookups extends RuntimeException {

		TooManyLookups() {
			super("查询过于频繁，每分钟最多查询" + LOOKUPS_PER_MINUTE + "次，请稍后再试");
		}

	}

}
