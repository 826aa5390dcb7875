package org.sanxiang.supervision.alerts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which alerts each account has read ({@code supervision_alert_read}). */
@Repository
class AlertReads {

	private final JdbcClient jdbc;

	AlertReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The keys among {@code keys} that {@code username} has read. */
	Set<String> readAmong(String username, Collection<String> keys) {
		if (keys.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(
				this.jdbc.sql("select alert_key from supervision_alert_read where username = ? and alert_key = any(?)")
					.params(username.toLowerCase(Locale.ROOT), keys.toArray(String[]::new))
					.query(String.class)
					.list());
	}

	/** Marks the keys read; keys already read keep their first time. */
	void markRead(String username, Collection<String> keys, Instant at) {
		for (String key : keys) {
			this.jdbc.sql("""
					insert into supervision_alert_read (username, alert_key, read_at) values (?, ?, ?)
					on conflict (username, alert_key) do nothing""")
				.params(username.toLowerCase(Locale.ROOT), key, Timestamp.from(at))
				.update();
		}
	}

}
