package org.sanxiang.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Web slice tests run on a fixed day: import this for a {@link Clock} at 10:00 on
 * {@link #TODAY} in Asia/Shanghai, and seed their in-memory data relative to
 * {@link #TODAY}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixedToday {

	public static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	@Bean
	Clock clock() {
		ZoneId china = ZoneId.of("Asia/Shanghai");
		return Clock.fixed(TODAY.atTime(10, 0).atZone(china).toInstant(), china);
	}

}
