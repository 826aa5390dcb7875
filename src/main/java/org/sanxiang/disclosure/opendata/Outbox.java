package org.sanxiang.disclosure.opendata;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The queue of messages to the provincial platform ({@code disclosure_outbox}, V29).
 * Queuing happens in the transaction of the publication's change; claiming locks one due
 * row with {@code for update skip locked}, so two nodes never send the same row at once.
 */
@Repository
class Outbox {

	static final String COLUMNS = "id, publication_id, change_seq, idempotency_key, body, status, attempts, created_at, "
			+ "next_attempt_at, last_attempt_at, sent_at, last_error";

	/** Longest error text kept. */
	static final int MAX_ERROR = 2000;

	private final JdbcClient jdbc;

	private final Clock clock;

	Outbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Queues {@code body} as the next state of the publication, unless it is the state
	 * queued last (a change the platform does not see, or the same event twice). Runs in
	 * the caller's transaction; the lock on the publication's number keeps the sequence
	 * gapless when two changes of it commit at once.
	 */
	Optional<OutboxMessage> enqueue(UUID publicationId, String body) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:id, 29))")
			.param("id", publicationId.toString())
			.query((rs, n) -> 1)
			.list();
		Optional<Last> last = this.jdbc.sql(
				"select change_seq, body from disclosure_outbox where publication_id = :id order by change_seq desc limit 1")
			.param("id", publicationId)
			.query((rs, n) -> new Last(rs.getInt("change_seq"), rs.getString("body")))
			.optional();
		if (last.isPresent() && last.get().body().equals(body)) {
			return Optional.empty();
		}
		int seq = last.map(Last::changeSeq).orElse(0) + 1;
		Timestamp now = Timestamp.from(this.clock.instant());
		return Optional.of(this.jdbc.sql("""
				insert into disclosure_outbox (publication_id, change_seq, idempotency_key, body, status, attempts,
				  created_at, next_attempt_at)
				values (:publication, :seq, :key, :body, 'PENDING', 0, :now, :now)
				returning""" + " " + COLUMNS)
			.param("publication", publicationId)
			.param("seq", seq)
			.param("key", OutboxMessage.key(publicationId, seq))
			.param("body", body)
			.param("now", now)
			.query(Outbox::map)
			.single());
	}

	private record Last(int changeSeq, String body) {
	}

	/** Whether anything of the publication was ever queued for the platform. */
	boolean queuedAny(UUID publicationId) {
		return this.jdbc.sql("select exists (select 1 from disclosure_outbox where publication_id = :id)")
			.param("id", publicationId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Locks the next due message for the rest of the caller's transaction; another node
	 * skips it.
	 */
	Optional<OutboxMessage> claimDue(Instant now) {
		return this.jdbc
			.sql("select " + COLUMNS + " from disclosure_outbox where status = 'PENDING' and next_attempt_at <= :now"
					+ " order by next_attempt_at, id limit 1 for update skip locked")
			.param("now", Timestamp.from(now))
			.query(Outbox::map)
			.optional();
	}

	void markSent(long id, int attempts, Instant at) {
		this.jdbc.sql(
				"update disclosure_outbox set status = 'SENT', attempts = :attempts, last_attempt_at = :at, sent_at = :at,"
						+ " last_error = null where id = :id")
			.param("attempts", attempts)
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	void markRetry(long id, int attempts, Instant at, Instant next, String error) {
		this.jdbc
			.sql("update disclosure_outbox set attempts = :attempts, last_attempt_at = :at, next_attempt_at = :next,"
					+ " last_error = :error where id = :id")
			.param("attempts", attempts)
			.param("at", Timestamp.from(at))
			.param("next", Timestamp.from(next))
			.param("error", truncate(error))
			.param("id", id)
			.update();
	}

	void markDead(long id, int attempts, Instant at, String error) {
		this.jdbc
			.sql("update disclosure_outbox set status = 'DEAD', attempts = :attempts, last_attempt_at = :at,"
					+ " last_error = :error where id = :id")
			.param("attempts", attempts)
			.param("at", Timestamp.from(at))
			.param("error", truncate(error))
			.param("id", id)
			.update();
	}

	/** Dead letters, oldest first. */
	List<OutboxMessage> dead(int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from disclosure_outbox where status = 'DEAD' order by id limit :limit")
			.param("limit", limit)
			.query(Outbox::map)
			.list();
	}

	Optional<OutboxMessage> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from disclosure_outbox where id = :id")
			.param("id", id)
			.query(Outbox::map)
			.optional();
	}

	/** How many messages stand in each status. */
	Map<OutboxStatus, Long> counts() {
		Map<OutboxStatus, Long> counts = new LinkedHashMap<>();
		for (OutboxStatus status : OutboxStatus.values()) {
			counts.put(status, 0L);
		}
		this.jdbc.sql("select status, count(*) from disclosure_outbox group by status")
			.query((rs, n) -> counts.put(OutboxStatus.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	/**
	 * Sends dead letters back to the queue, due now, attempts reset; {@code id} null for
	 * all. Returns the keys of the messages replayed.
	 */
	List<String> replay(Long id) {
		return this.jdbc
			.sql("update disclosure_outbox set status = 'PENDING', attempts = 0, next_attempt_at = :now"
					+ " where status = 'DEAD'" + (id == null ? "" : " and id = :id") + " returning idempotency_key")
			.param("now", Timestamp.from(this.clock.instant()))
			.params(id == null ? Map.<String, Object>of() : Map.<String, Object>of("id", id))
			.query(String.class)
			.list();
	}

	private static String truncate(String error) {
		return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
	}

	static OutboxMessage map(ResultSet rs, int row) throws SQLException {
		return new OutboxMessage(rs.getLong("id"), rs.getObject("publication_id", UUID.class), rs.getInt("change_seq"),
				rs.getString("idempotency_key"), rs.getString("body"), OutboxStatus.valueOf(rs.getString("status")),
				rs.getInt("attempts"), instant(rs.getTimestamp("created_at")),
				instant(rs.getTimestamp("next_attempt_at")), instant(rs.getTimestamp("last_attempt_at")),
				instant(rs.getTimestamp("sent_at")), rs.getString("last_error"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
