package org.sanxiang.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The review console tests run on Monday 2026-06-01 at 10:00 Beijing time: the shipped
 * calendar covers 2026, so every review period and case period falls inside it. Imported
 * by the console and browser tests so they share one application context.
 */
@TestConfiguration(proxyBeanMethods = false)
class ReviewConsoleDay {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);

	@Bean
	@Primary
	Clock reviewConsoleClock() {
		return Clock.fixed(MONDAY.atTime(10, 0).atZone(CHINA).toInstant(), CHINA);
	}

}
