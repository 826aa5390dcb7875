package org.sanxiang.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock that tests move forward, to see locks run out without waiting. */
class MovableClock extends Clock {

	private final AtomicReference<Instant> now;

	private final ZoneId zone;

	MovableClock(Instant start, ZoneId zone) {
		this.now = new AtomicReference<>(start);
		this.zone = zone;
	}

	void advance(Duration duration) {
		this.now.updateAndGet(t -> t.plus(duration));
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new MovableClock(this.now.get(), zone);
	}

	@Override
	public Instant instant() {
		return this.now.get();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock(Instant.now(), ZoneId.of("Asia/Shanghai"));
		}

	}

}
