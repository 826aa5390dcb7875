package org.sanxiang.disclosure.opendata;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.disclosure.PublicationEvent;
import org.sanxiang.disclosure.PublicationFixtures;
import org.sanxiang.disclosure.PublicationFixtures.Row;
import org.sanxiang.disclosure.PublicationHeldBack;
import org.sanxiang.disclosure.PublicationStatus;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The push to the provincial platform against a real HTTP server in the test: a change
 * queues one message in its own transaction; the sender retries failures with the same
 * idempotency key, sends refusals and exhausted messages to the dead letters, and an
 * administrator's replay sends them again. The sender under test is built here with the
 * server's address and a clock the test moves; the application's own sender is off (no
 * {@code sanxiang.outbox.url} in tests). Other tests' messages the sender meets are
 * answered 200.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
class OutboxIntegrationTests {

	/** A change of a publication, as the pipeline's events report it. */
	public record PublicationChanged(UUID publicationId) implements PublicationEvent {

		@Override
		public String journalActor() {
			return "system";
		}

	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxAdministration administration;

	@Autowired
	MockMvc mvc;

	final JsonMapper json = JsonMapper.builder().build();

	HttpServer server;

	ExecutorService serverThreads;

	/** What the server answers next for a key: a status, or -1 for "answer too late". */
	final Map<String, Deque<Integer>> script = new ConcurrentHashMap<>();

	/** Every request received: key and body. */
	final List<String[]> received = new CopyOnWriteArrayList<>();

	Instant now;

	@BeforeEach
	void startPlatform() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.serverThreads = Executors.newCachedThreadPool();
		this.server.setExecutor(this.serverThreads);
		this.server.createContext("/push", this::answer);
		this.server.start();
		// a little ahead of the application's clock, so what a test has just queued is
		// due
		this.now = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.MICROS);
	}

	@AfterEach
	void stopPlatform() {
		this.server.stop(0);
		this.serverThreads.shutdownNow();
	}

	private void answer(HttpExchange exchange) throws IOException {
		String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		this.received.add(new String[] { key, body });
		Deque<Integer> next = this.script.get(key);
		Integer status = next == null || next.isEmpty() ? 200 : next.poll();
		if (status == -1) {
			try {
				Thread.sleep(1500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			status = 200;
		}
		byte[] answer = (status == 400 ? "{\"detail\":\"XK_WSH 格式不符\"}" : "{}").getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, answer.length);
		exchange.getResponseBody().write(answer);
		exchange.close();
	}

	OutboxSender sender(int maxAttempts) {
		OutboxSettings settings = new OutboxSettings("http://127.0.0.1:" + this.server.getAddress().getPort() + "/push",
				maxAttempts, Duration.ofMillis(400), new Backoff(Duration.ofSeconds(30), Duration.ofHours(1)), 100);
		Clock moving = new Clock() {

			@Override
			public ZoneId getZone() {
				return ZoneId.of("Asia/Shanghai");
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return OutboxIntegrationTests.this.now;
			}

		};
		return new OutboxSender(this.outbox, this.transactionManager, moving, settings, () -> 0.5);
	}

	/** Lets time pass beyond any backoff, then runs the sender once. */
	void laterSend(OutboxSender sender) {
		this.now = this.now.plus(Duration.ofHours(2));
		sender.sendDue();
	}

	Row publish(String party) {
		Row row = PublicationFixtures
			.published(party, "推送测试许〔2026〕" + Math.abs(party.hashCode() % 1000) + "号",
					java.time.LocalDate.of(2026, 6, 1))
			.withItem("XK-OUTBOX", "推送测试事项")
			.insert(this.jdbc);
		change(row.id());
		return row;
	}

	void change(UUID publicationId) {
		new TransactionTemplate(this.transactionManager)
			.executeWithoutResult(s -> this.events.publishEvent(new PublicationChanged(publicationId)));
	}

	List<OutboxMessage> messages(UUID publicationId) {
		return this.jdbc
			.sql("select " + Outbox.COLUMNS + " from disclosure_outbox where publication_id = :id order by change_seq")
			.param("id", publicationId)
			.query(Outbox::map)
			.list();
	}

	List<String[]> receivedFor(String key) {
		return this.received.stream().filter(r -> key.equals(r[0])).toList();
	}

	@Test
	void aChangeQueuesTheGs7RecordOnceWithAStableKeyAndNothingForHeldBackOrPending() throws Exception {
		Row row = publish("推送测试排队有限公司");
		change(row.id());
		List<OutboxMessage> queued = messages(row.id());
		assertThat(queued).hasSize(1);
		OutboxMessage message = queued.get(0);
		assertThat(message.idempotencyKey()).isEqualTo(row.id() + ":1");
		assertThat(message.status()).isEqualTo(OutboxStatus.PENDING);
		assertThat(this.json.readTree(message.body()).propertyNames())
			.containsExactlyElementsOf(XinyongColumnTests.GS7);
		assertThat(this.json.readTree(message.body()).get("XK_XDR_MC").asString()).isEqualTo("推送测试排队有限公司");

		// withdrawn: the record changes, so a second message with the next key
		this.jdbc.sql("""
				update disclosure_publication set status = 'WITHDRAWN', withdrawn_at = now(),
				  withdrawal_reason = '许可决定已被依法撤销' where id = :id""").param("id", row.id()).update();
		change(row.id());
		queued = messages(row.id());
		assertThat(queued).extracting(OutboxMessage::idempotencyKey).containsExactly(row.id() + ":1", row.id() + ":2");
		assertThat(this.json.readTree(queued.get(1).body()).get("XK_ZT").asString()).isEqualTo("2");
		assertThat(this.json.readTree(queued.get(1).body()).get("BZ").asString()).contains("许可决定已被依法撤销");

		Row heldBack = PublicationFixtures.published("推送测试不予公开有限公司", null, java.time.LocalDate.of(2026, 6, 1))
			.withStatus(PublicationStatus.HELD_BACK)
			.insert(this.jdbc);
		change(heldBack.id());
		Row pending = PublicationFixtures.published("推送测试待公示有限公司", null, java.time.LocalDate.of(2026, 6, 1))
			.withStatus(PublicationStatus.PENDING)
			.insert(this.jdbc);
		change(pending.id());
		assertThat(messages(heldBack.id())).isEmpty();
		assertThat(messages(pending.id())).isEmpty();

		sender(8).sendDue();
		assertThat(messages(row.id())).extracting(OutboxMessage::status).containsOnly(OutboxStatus.SENT);
	}

	@Test
	void aPushedPublicationThatIsHeldBackQueuesARetractionOnceAndOneNeverPushedQueuesNothing() throws Exception {
		Row row = publish("推送测试撤回推送有限公司");
		assertThat(messages(row.id())).hasSize(1);
		this.jdbc.sql("""
				update disclosure_publication set status = 'HELD_BACK', held_back_reason = '商业秘密：涉及工艺参数',
				  held_back_by = 'director', held_back_at = now() where id = :id""").param("id", row.id()).update();
		heldBack(row.id());
		heldBack(row.id());
		List<OutboxMessage> queued = messages(row.id());
		assertThat(queued).extracting(OutboxMessage::idempotencyKey).containsExactly(row.id() + ":1", row.id() + ":2");
		JsonNode retraction = this.json.readTree(queued.get(1).body());
		assertThat(retraction.propertyNames()).containsExactly("action", "id", "reason");
		assertThat(retraction.get("action").asString()).isEqualTo("retract");
		assertThat(retraction.get("id").asString()).isEqualTo(row.id().toString());
		// the ground only: the recorded reason may itself say what is kept back
		assertThat(retraction.get("reason").asString()).isEqualTo("不予公开：商业秘密");

		Row never = PublicationFixtures.published("推送测试从未推送有限公司", null, java.time.LocalDate.of(2026, 6, 1))
			.withStatus(PublicationStatus.HELD_BACK)
			.insert(this.jdbc);
		heldBack(never.id());
		assertThat(messages(never.id())).isEmpty();

		sender(8).sendDue();
		assertThat(receivedFor(row.id() + ":2")).isNotEmpty();
		assertThat(receivedFor(row.id() + ":2").get(0)[1]).contains("\"retract\"");
	}

	void heldBack(UUID publicationId) {
		new TransactionTemplate(this.transactionManager)
			.executeWithoutResult(s -> this.events.publishEvent(new PublicationHeldBack(publicationId,
					UUID.randomUUID(), "商业秘密", "涉及工艺参数", "director", Instant.now())));
	}

	@Test
	void failuresAreRetriedWithTheSameIdempotencyKeyAfterABackoffUntilThePlatformAccepts() {
		Row row = publish("推送测试重试有限公司");
		String key = row.id() + ":1";
		this.script.put(key, new ArrayDeque<>(List.of(503, 500)));
		OutboxSender sender = sender(8);

		sender.sendDue();
		OutboxMessage afterFirst = messages(row.id()).get(0);
		assertThat(afterFirst.status()).isEqualTo(OutboxStatus.PENDING);
		assertThat(afterFirst.attempts()).isEqualTo(1);
		assertThat(afterFirst.lastError()).startsWith("HTTP 503");
		// first backoff: 30 s, half of it jittered (random 0.5): 22.5 s
		assertThat(Duration.between(this.now, afterFirst.nextAttemptAt())).isEqualTo(Duration.ofMillis(22_500));
		// not due yet: nothing is sent again
		sender.sendDue();
		assertThat(receivedFor(key)).hasSize(1);

		laterSend(sender);
		assertThat(messages(row.id()).get(0).attempts()).isEqualTo(2);
		laterSend(sender);
		OutboxMessage sent = messages(row.id()).get(0);
		assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
		assertThat(sent.attempts()).isEqualTo(3);
		assertThat(sent.lastError()).isNull();
		List<String[]> requests = receivedFor(key);
		assertThat(requests).hasSize(3);
		assertThat(requests).extracting(r -> r[1]).containsOnly(sent.body());

		laterSend(sender);
		assertThat(receivedFor(key)).hasSize(3);
	}

	@Test
	void aRefusalIsADeadLetterAtOnceThatAnAdministratorSeesAndReplays() throws Exception {
		Row row = publish("推送测试拒收有限公司");
		String key = row.id() + ":1";
		this.script.put(key, new ArrayDeque<>(List.of(400)));
		OutboxSender sender = sender(8);
		sender.sendDue();
		OutboxMessage dead = messages(row.id()).get(0);
		assertThat(dead.status()).isEqualTo(OutboxStatus.DEAD);
		assertThat(dead.attempts()).isEqualTo(1);
		assertThat(dead.lastError()).contains("HTTP 400", "XK_WSH 格式不符");

		this.mvc.perform(get("/console/admin/outbox").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(key)))
			.andExpect(content().string(containsString("XK_WSH 格式不符")));
		this.mvc
			.perform(get("/console/admin/outbox")
				.with(SecurityMockMvcRequestPostProcessors.user("officer1").roles("OFFICER")))
			.andExpect(status().isForbidden());

		this.mvc.perform(post("/console/admin/outbox/" + dead.id() + "/replay").with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/console/admin/outbox"));
		OutboxMessage replayed = messages(row.id()).get(0);
		assertThat(replayed.status()).isEqualTo(OutboxStatus.PENDING);
		assertThat(replayed.attempts()).isZero();
		assertThat(this.jdbc
			.sql("select count(*) from journal_entry where type = 'OutboxMessagesReplayed' and actor = 'admin'"
					+ " and entry like :key")
			.param("key", "%" + key + "%")
			.query(Long.class)
			.single()).isEqualTo(1);

		sender.sendDue();
		assertThat(messages(row.id()).get(0).status()).isEqualTo(OutboxStatus.SENT);
		assertThat(receivedFor(key)).hasSize(2).allSatisfy(r -> assertThat(r[0]).isEqualTo(key));
	}

	@Test
	void timeoutsAreRetriedAndOutOfAttemptsTheMessageIsDeadUntilReplayedAll() {
		Row row = publish("推送测试超时有限公司");
		String key = row.id() + ":1";
		this.script.put(key, new ArrayDeque<>(List.of(-1, -1)));
		OutboxSender sender = sender(2);
		sender.sendDue();
		OutboxMessage first = messages(row.id()).get(0);
		assertThat(first.status()).isEqualTo(OutboxStatus.PENDING);
		assertThat(first.lastError()).contains("请求超时");
		laterSend(sender);
		OutboxMessage dead = messages(row.id()).get(0);
		assertThat(dead.status()).isEqualTo(OutboxStatus.DEAD);
		assertThat(dead.attempts()).isEqualTo(2);

		assertThat(this.administration.replay(null, "admin")).contains(key);
		sender.sendDue();
		assertThat(messages(row.id()).get(0).status()).isEqualTo(OutboxStatus.SENT);
		assertThat(receivedFor(key)).extracting(r -> r[0]).containsOnly(key);
	}

	@Test
	void aRowClaimedByOneSenderIsSkippedByAnother() throws Exception {
		Row row = publish("推送测试并发有限公司");
		TransactionTemplate tx = new TransactionTemplate(this.transactionManager);
		ExecutorService other = Executors.newSingleThreadExecutor();
		try {
			tx.executeWithoutResult(s -> {
				Optional<OutboxMessage> held = this.outbox.claimDue(Instant.now().plusSeconds(3600));
				assertThat(held).isPresent();
				Future<Optional<OutboxMessage>> second = other
					.submit(() -> tx.execute(s2 -> this.outbox.claimDue(Instant.now().plusSeconds(3600))));
				try {
					Optional<OutboxMessage> got = second.get();
					got.ifPresent(m -> assertThat(m.id()).isNotEqualTo(held.get().id()));
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
		}
		finally {
			other.shutdownNow();
		}
		sender(8).sendDue();
		assertThat(messages(row.id()).get(0).status()).isEqualTo(OutboxStatus.SENT);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMIN");
	}

}
