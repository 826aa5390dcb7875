package org.sanxiang.supervision.alerts;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The digest's time of day ({@code supervision_alert_settings}) and which digest went to
 * whom on which day ({@code supervision_alert_digest}): a digest is claimed by inserting
 * its row, so two runs — after a restart, or on two nodes — never send the same day's
 * digest twice.
 */
@Repository
class DigestLog {

	/** A claim older than this was left by a run that died: it may be taken again. */
	static final Duration STALE_CLAIM = Duration.ofMinutes(15);

	/**
	 * One day's digest of one account.
	 *
	 * @param username the account
	 * @param day the day
	 * @param status {@code SENDING}, {@code SENT} or {@code FAILED}
	 * @param email where it went
	 * @param alertCount how many alerts it listed
	 * @param attempts how often it was tried
	 * @param sentAt when the server took it, or {@code null}
	 * @param error the last failure, or {@code null}
	 */
	record Entry(String username, LocalDate day, String status, String email, int alertCount, int attempts,
			Instant sentAt, String error) {
	}

	private final JdbcClient jdbc;

	DigestLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	LocalTime digestTime() {
		return this.jdbc.sql("select digest_time from supervision_alert_settings where id = 1")
			.query(LocalTime.class)
			.single();
	}

	void digestTime(LocalTime time, String by, Instant at) {
		this.jdbc
			.sql("update supervision_alert_settings set digest_time = ?, updated_by = ?, updated_at = ? where id = 1")
			.params(time, by, Timestamp.from(at))
			.update();
	}

	/**
	 * Claims the day's digest of {@code username}: true when this run is to send it (no
	 * row yet, a failed one, or a stale claim); false when it went out or another run
	 * holds it.
	 */
	boolean claim(String username, LocalDate day, String email, int alertCount, Instant now) {
		return this.jdbc
			.sql("""
					insert into supervision_alert_digest (username, digest_day, status, email, alert_count, attempts, claimed_at)
					values (?, ?, 'SENDING', ?, ?, 1, ?)
					on conflict (username, digest_day) do update set status = 'SENDING', email = excluded.email,
					  alert_count = excluded.alert_count, attempts = supervision_alert_digest.attempts + 1,
					  claimed_at = excluded.claimed_at, error = null
					where supervision_alert_digest.status = 'FAILED'
					  or (supervision_alert_digest.status = 'SENDING' and supervision_alert_digest.claimed_at < ?)""")
			.params(username.toLowerCase(Locale.ROOT), day, email, alertCount, Timestamp.from(now),
					Timestamp.from(now.minus(STALE_CLAIM)))
			.update() == 1;
	}

	void sent(String username, LocalDate day, Instant at) {
		this.jdbc.sql("""
				update supervision_alert_digest set status = 'SENT', sent_at = ?
				where username = ? and digest_day = ?""")
			.params(Timestamp.from(at), username.toLowerCase(Locale.ROOT), day)
			.update();
	}

	void failed(String username, LocalDate day, String error) {
		this.jdbc.sql("""
				update supervision_alert_digest set status = 'FAILED', error = ?
				where username = ? and digest_day = ?""")
			.params(error == null ? null : error.substring(0, Math.min(500, error.length())),
					username.toLowerCase(Locale.ROOT), day)
			.update();
	}

	List<Entry> of(LocalDate day) {
		return this.jdbc.sql("""
				select username, digest_day, status, email, alert_count, attempts, sent_at, error
				from supervision_alert_digest where digest_day = ? order by username""")
			.param(day)
			.query((rs, n) -> new Entry(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
					rs.getString(4), rs.getInt(5), rs.getInt(6),
					rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(), rs.getString(8)))
			.list();
	}

}
