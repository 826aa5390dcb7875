package org.sanxiang.casework.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Progress lookups are limited per client address per minute (issue 4 item 9), counted in
 * memory on this node, in a map that cannot grow without bound.
 */
class OnlineApplicationRateLimiterTests {

	static final class MovingClock extends Clock {

		Instant now = Instant.parse("2026-06-01T02:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

	@Test
	void theEleventhLookupWithinAMinuteIsRefusedAndAllowedAgainAMinuteAfterTheFirst() {
		MovingClock clock = new MovingClock();
		OnlineApplicationRateLimiter limiter = new OnlineApplicationRateLimiter(clock);
		for (int i = 0; i < 10; i++) {
			assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
		}
		assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
		assertThat(limiter.tryAcquire("10.0.0.2")).isTrue();
		clock.now = clock.now.plus(Duration.ofSeconds(59));
		assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
		clock.now = clock.now.plus(Duration.ofSeconds(1));
		assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
	}

	@Test
	void manyAddressesForgetTheLeastRecentlySeenInsteadOfGrowingWithoutBound() {
		MovingClock clock = new MovingClock();
		OnlineApplicationRateLimiter limiter = new OnlineApplicationRateLimiter(clock);
		for (int i = 0; i < 10; i++) {
			limiter.tryAcquire("first");
		}
		assertThat(limiter.tryAcquire("first")).isFalse();
		for (int i = 0; i < OnlineApplicationRateLimiter.MAX_CLIENTS; i++) {
			limiter.tryAcquire("client-" + i);
		}
		assertThat(limiter.clients()).isEqualTo(OnlineApplicationRateLimiter.MAX_CLIENTS);
		// "first" was dropped, so it starts afresh
		assertThat(limiter.tryAcquire("first")).isTrue();
	}

}
