package org.sanxiang.supervision.alerts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each account's e-mail address and whether it wants the daily digest
 * ({@code supervision_alert_subscription}).
 */
@Repository
class Subscriptions {

	/**
	 * One account's choice.
	 *
	 * @param username the account (lower case)
	 * @param email the address, or {@code null}
	 * @param optedIn whether the daily digest goes there
	 */
	record Subscription(String username, String email, boolean optedIn) {
	}

	private final JdbcClient jdbc;

	Subscriptions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Subscription> find(String username) {
		return this.jdbc.sql("select username, email, opted_in from supervision_alert_subscription where username = ?")
			.param(username.toLowerCase(Locale.ROOT))
			.query((rs, n) -> new Subscription(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
			.optional();
	}

	/** The accounts that opted in, by name. */
	List<Subscription> optedIn() {
		return this.jdbc.sql(
				"select username, email, opted_in from supervision_alert_subscription where opted_in order by username")
			.query((rs, n) -> new Subscription(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
			.list();
	}

	/** Every account that gave an address, by name. */
	List<Subscription> all() {
		return this.jdbc.sql("select username, email, opted_in from supervision_alert_subscription order by username")
			.query((rs, n) -> new Subscription(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
			.list();
	}

	void save(Subscription s, String by, Instant at) {
		this.jdbc.sql("""
				insert into supervision_alert_subscription (username, email, opted_in, updated_by, updated_at)
				values (?, ?, ?, ?, ?)
				on conflict (username) do update set email = excluded.email, opted_in = excluded.opted_in,
				  updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
			.params(s.username().toLowerCase(Locale.ROOT), s.email(), s.optedIn(), by, Timestamp.from(at))
			.update();
	}

}
