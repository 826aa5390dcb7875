package org.sanxiang.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClientRateLimiterTests {

	private static final Instant START = Instant.parse("2026-06-01T02:00:00Z");

	@Test
	void refusesAClientOverItsLimitUntilItsWindowHasPassedWithoutTouchingOthers() {
		MovableClock clock = new MovableClock(START);
		ClientRateLimiter limiter = new ClientRateLimiter(clock, 3, Duration.ofHours(1), 100);
		for (int i = 0; i < 3; i++) {
			assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
		}
		assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
		assertThat(limiter.tryAcquire("10.0.0.2")).isTrue();
		clock.now = START.plus(Duration.ofMinutes(59));
		assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
		clock.now = START.plus(Duration.ofHours(1));
		assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
	}

	@Test
	void keepsAtMostTheConfiguredNumberOfClients() {
		ClientRateLimiter limiter = new ClientRateLimiter(Clock.fixed(START, ZoneOffset.UTC), 1, Duration.ofMinutes(1),
				10);
		for (int i = 0; i < 50; i++) {
			limiter.tryAcquire("10.0.1." + i);
		}
		assertThat(limiter.clients()).isEqualTo(10);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ClientRateLimiter(Clock.systemUTC(), 0, Duration.ofMinutes(1), 10));
	}

	private static final class MovableClock extends Clock {

		Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
