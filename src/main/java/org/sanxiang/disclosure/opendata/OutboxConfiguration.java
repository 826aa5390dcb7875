package org.sanxiang.disclosure.opendata;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

	@Bean
	OutboxSettings outboxSettings(@Value("${sanxiang.outbox.url:}") String url,
			@Value("${sanxiang.outbox.max-attempts:8}") int maxAttempts,
			@Value("${sanxiang.outbox.timeout:PT10S}") Duration timeout,
			@Value("${sanxiang.outbox.backoff-base:PT30S}") Duration backoffBase,
			@Value("${sanxiang.outbox.backoff-max:PT6H}") Duration backoffMax,
			@Value("${sanxiang.outbox.batch-size:50}") int batchSize) {
		return new OutboxSettings(url, Math.max(1, maxAttempts), timeout, new Backoff(backoffBase, backoffMax),
				Math.max(1, batchSize));
	}

}
