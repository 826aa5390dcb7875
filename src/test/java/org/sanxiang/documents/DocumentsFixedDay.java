package org.sanxiang.documents;

import java.time.Clock;
import java.time.ZoneId;

import org.sanxiang.support.FixedToday;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The documents' integration tests run on Monday 2026-06-01 at 10:00, so the demo cases
 * are made in full within the shipped 2026 calendar. Imported by every documents
 * integration test class so they share one application context.
 */
@TestConfiguration(proxyBeanMethods = false)
class DocumentsFixedDay {

	@Bean
	@Primary
	Clock fixedClock() {
		ZoneId china = ZoneId.of("Asia/Shanghai");
		return Clock.fixed(FixedToday.TODAY.atTime(10, 0).atZone(china).toInstant(), china);
	}

}
