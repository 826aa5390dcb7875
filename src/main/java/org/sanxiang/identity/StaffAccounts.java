package org.sanxiang.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The staff accounts in {@code identity_user}; usernames are matched without regard to
 * case.
 */
@Repository
class StaffAccounts {

	private static final String SELECT = """
			select u.id, u.username, u.display_name, u.password_hash, u.enabled, u.unit_code,
			       u.failed_attempts, u.locked_until,
			       coalesce(string_agg(r.role, ',' order by r.role), '') as roles
			from identity_user u left join identity_user_role r on r.user_id = u.id
			""";

	private final JdbcClient jdbc;

	StaffAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StaffAccount> find(String username) {
		return this.jdbc.sql(SELECT + " where lower(u.username) = lower(:username) group by u.id")
			.param("username", username)
			.query(StaffAccounts::map)
			.optional();
	}

	/**
	 * Reads the account and holds its row until the transaction ends, so attempts count
	 * one by one.
	 */
	Optional<StaffAccount> findForUpdate(String username) {
		Optional<Long> id = this.jdbc
			.sql("select id from identity_user where lower(username) = lower(:username) for update")
			.param("username", username)
			.query(Long.class)
			.optional();
		return id.flatMap(i -> find(username));
	}

	List<StaffAccount> all() {
		return this.jdbc.sql(SELECT + " group by u.id order by u.unit_code, u.username")
			.query(StaffAccounts::map)
			.list();
	}

	long count() {
		return this.jdbc.sql("select count(*) from identity_user").query(Long.class).single();
	}

	long countEnabledAdminsOtherThan(String username) {
		return this.jdbc.sql("""
				select count(*) from identity_user u join identity_user_role r on r.user_id = u.id
				where r.role = 'ADMIN' and u.enabled and lower(u.username) <> lower(:username)
				""").param("username", username).query(Long.class).single();
	}

	void insert(String username, String displayName, String passwordHash, String unitCode, Set<Role> roles,
			Instant now) {
		long id = this.jdbc
			.sql("""
					insert into identity_user (username, display_name, password_hash, enabled, unit_code, created_at, updated_at)
					values (:username, :displayName, :hash, true, :unit, :now, :now) returning id
					""")
			.param("username", username)
			.param("displayName", displayName)
			.param("hash", passwordHash)
			.param("unit", unitCode)
			.param("now", utc(now))
			.query(Long.class)
			.single();
		replaceRoles(id, roles);
	}

	void replaceRoles(long id, Set<Role> roles) {
		this.jdbc.sql("delete from identity_user_role where user_id = :id").param("id", id).update();
		for (Role role : roles) {
			this.jdbc.sql("insert into identity_user_role (user_id, role) values (:id, :role)")
				.param("id", id)
				.param("role", role.name())
				.update();
		}
	}

	void updateDetails(long id, String displayName, String unitCode, boolean enabled, Instant now) {
		this.jdbc
			.sql("""
					update identity_user set display_name = :displayName, unit_code = :unit, enabled = :enabled, updated_at = :now
					where id = :id
					""")
			.param("displayName", displayName)
			.param("unit", unitCode)
			.param("enabled", enabled)
			.param("now", utc(now))
			.param("id", id)
			.update();
	}

	void updatePassword(long id, String passwordHash, Instant now) {
		this.jdbc.sql("update identity_user set password_hash = :hash, updated_at = :now where id = :id")
			.param("hash", passwordHash)
			.param("now", utc(now))
			.param("id", id)
			.update();
	}

	void updateLockout(long id, LockoutPolicy.State state) {
		this.jdbc.sql("update identity_user set failed_attempts = :failures, locked_until = :until where id = :id")
			.param("failures", state.failures())
			.param("until", state.lockedUntil() == null ? null : utc(state.lockedUntil()))
			.param("id", id)
			.update();
	}

	private static StaffAccount map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : rs.getString("roles").split(",")) {
			if (!name.isEmpty()) {
				roles.add(Role.valueOf(name));
			}
		}
		return new StaffAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("password_hash"), rs.getBoolean("enabled"), rs.getString("unit_code"),
				rs.getInt("failed_attempts"), locked == null ? null : locked.toInstant(), roles);
	}

	/**
	 * PostgreSQL keeps microseconds and rounds the rest; cut them so that a stored time
	 * is never later.
	 */
	static OffsetDateTime utc(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
	}

}
