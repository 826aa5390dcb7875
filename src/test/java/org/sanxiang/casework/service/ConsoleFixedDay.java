package org.sanxiang.casework.service;

import java.time.Clock;
import java.time.ZoneId;

import org.sanxiang.support.FixedToday;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The console tests run on Monday 2026-06-01 at 10:00, like the REST tests: the shipped
 * calendar covers 2026 only, so no statutory period runs past it. Imported by both
 * console test classes so they share one application context.
 */
@TestConfiguration(proxyBeanMethods = false)
class ConsoleFixedDay {

	@Bean
	@Primary
	Clock fixedClock() {
		ZoneId china = ZoneId.of("Asia/Shanghai");
		return Clock.fixed(FixedToday.TODAY.atTime(10, 0).atZone(china).toInstant(), china);
	}

}
