package org.sanxiang.disclosure.opendata;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * POSTs queued messages to the provincial platform ({@code sanxiang.outbox.url}; off when
 * blank), each with its {@code Idempotency-Key}. One message per transaction: the row
 * stays locked ({@code for update skip locked}) while it is sent, so another node never
 * sends it at the same time, and its outcome commits with the unlock. 2xx: sent; 4xx
 * other than 408/429: dead at once; 5xx, 408, 429, timeouts and connection errors: tried
 * again after a growing, jittered wait, dead after {@code max-attempts}.
 */
@Component
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	/** Longest part of an answer's body kept with the error. */
	static final int MAX_ANSWER = 500;

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final OutboxSettings settings;

	private final DoubleSupplier random;

	private final HttpClient http;

	@Autowired
	OutboxSender(Outbox outbox, PlatformTransactionManager transactions, Clock clock, OutboxSettings settings) {
		this(outbox, transactions, clock, settings, () -> ThreadLocalRandom.current().nextDouble());
	}

	OutboxSender(Outbox outbox, PlatformTransactionManager transactions, Clock clock, OutboxSettings settings,
			DoubleSupplier random) {
		this.outbox = outbox;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
		this.settings = settings;
		this.random = random;
		this.http = HttpClient.newBuilder()
			.connectTimeout(settings.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	// 向开放平台推送：只由一个节点发送，同一条消息不会被两个节点同时发出
	@SchedulerLock(name = "opendata-outbox", lockAtMostFor = "PT10M",
			lockAtLeastFor = "${sanxiang.scheduling.lock-at-least-for:PT5S}")
	@Scheduled(fixedDelayString = "${sanxiang.outbox.interval:PT15S}",
			initialDelayString = "${sanxiang.outbox.initial-delay:PT30S}")
	void sendScheduled() {
		if (!this.settings.enabled()) {
			return;
		}
		int sent = sendDue();
		if (sent > 0) {
			log.debug("Outbox: {} message(s) attempted", sent);
		}
	}

	/** Attempts up to {@code batch-size} due messages; returns how many it attempted. */
	int sendDue() {
		int attempted = 0;
		while (attempted < this.settings.batchSize()) {
			Boolean one = this.transactions.execute(status -> attemptOne());
			if (!Boolean.TRUE.equals(one)) {
				break;
			}
			attempted++;
		}
		return attempted;
	}

	private boolean attemptOne() {
		Optional<OutboxMessage> due = this.outbox.claimDue(this.clock.instant());
		if (due.isEmpty()) {
			return false;
		}
		OutboxMessage message = due.get();
		int attempts = message.attempts() + 1;
		Delivery outcome;
		String error;
		try {
			HttpResponse<String> answer = this.http.send(request(message),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			outcome = Delivery.of(answer.statusCode());
			error = outcome == Delivery.SENT ? null : "HTTP " + answer.statusCode() + " " + excerpt(answer.body());
		}
		catch (HttpTimeoutException ex) {
			outcome = Delivery.RETRY;
			error = "请求超时（" + this.settings.timeout().toMillis() + " 毫秒内无应答）";
		}
		catch (IOException ex) {
			outcome = Delivery.RETRY;
			error = "连接失败：" + ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : " " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			outcome = Delivery.RETRY;
			error = "发送被中断";
		}
		Instant now = this.clock.instant();
		if (outcome == Delivery.SENT) {
			this.outbox.markSent(message.id(), attempts, now);
		}
		else if (outcome == Delivery.DEAD || attempts >= this.settings.maxAttempts()) {
			this.outbox.markDead(message.id(), attempts, now, error);
			log.warn("Outbox message {} is a dead letter after {} attempt(s): {}", message.idempotencyKey(), attempts,
					error);
		}
		else {
			this.outbox.markRetry(message.id(), attempts, now,
					now.plus(this.settings.backoff().after(attempts, this.random.getAsDouble())), error);
		}
		return true;
	}

	private HttpRequest request(OutboxMessage message) {
		return HttpRequest.newBuilder(this.settings.target())
			.timeout(this.settings.timeout())
			.header("Content-Type", "application/json; charset=UTF-8")
			.header("Idempotency-Key", message.idempotencyKey())
			.POST(HttpRequest.BodyPublishers.ofString(message.body(), StandardCharsets.UTF_8))
			.build();
	}

	private static String excerpt(String body) {
		if (body == null) {
			return "";
		}
		String text = body.strip();
		return text.length() <= MAX_ANSWER ? text : text.substring(0, MAX_ANSWER) + "…";
	}

}
