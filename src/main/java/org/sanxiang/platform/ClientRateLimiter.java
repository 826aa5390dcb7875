package org.sanxiang.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts requests per client address in a fixed window (e.g. 10 per minute) and says when
 * one is over the limit; for public forms and lookups that must not be flooded or used to
 * guess codes.
 * <p>
 * The counts live in memory on this node only: with several nodes behind a load balancer
 * each node allows its own limit. At most {@code maxClients} addresses are tracked,
 * dropping the least recently seen, so the map cannot grow without bound. The client
 * address is {@code request.getRemoteAddr()}; behind a reverse proxy set
 * {@code server.forward-headers-strategy} so that it is the caller's.
 */
public final class ClientRateLimiter {

	private final Clock clock;

	private final int limit;

	private final Duration window;

	private final Map<String, Window> windows;

	public ClientRateLimiter(Clock clock, int limit, Duration window, int maxClients) {
		if (limit < 1 || window.isNegative() || window.isZero() || maxClients < 1) {
			throw new IllegalArgumentException("limit, window and maxClients must be positive");
		}
		this.clock = clock;
		this.limit = limit;
		this.window = window;
		this.windows = new LinkedHashMap<>(256, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
				return size() > maxClients;
			}

		};
	}

	/** The window's start and how many requests it has seen. */
	private record Window(Instant start, int count) {
	}

	/** Counts one request by {@code client}; {@code false} when it is over the limit. */
	public synchronized boolean tryAcquire(String client) {
		Instant now = this.clock.instant();
		String key = client == null ? "" : client;
		Window current = this.windows.get(key);
		if (current == null || !now.isBefore(current.start().plus(this.window))) {
			current = new Window(now, 0);
		}
		if (current.count() >= this.limit) {
			this.windows.put(key, current);
			return false;
		}
		this.windows.put(key, new Window(current.start(), current.count() + 1));
		return true;
	}

	/** How many addresses are tracked now. */
	public synchronized int clients() {
		return this.windows.size();
	}

	public int limit() {
		return this.limit;
	}

}
