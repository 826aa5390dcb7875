package org.sanxiang.identity;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access record ({@code identity_access_event}): every sign-in, sign-out, refused
 * attempt and permission change, written and published as an {@link AccessEvent} in the
 * caller's transaction.
 */
@Component
class AccessLog {

	/** One line of the access record, for the console. */
	record Entry(Instant at, String kind, String username, String actor, String remoteAddress, String outcome,
			String reason, String detail) {
	}

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccessLog(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void record(AccessEvent event) {
		Row row = Row.of(event, MINUTE.withZone(this.clock.getZone()));
		this.jdbc
			.sql("""
					insert into identity_access_event (occurred_at, kind, username, actor, remote_address, outcome, reason, locked_until, detail)
					values (:at, :kind, :username, :actor, :remote, :outcome, :reason, :lockedUntil, :detail)
					""")
			.param("at", StaffAccounts.utc(event.at()))
			.param("kind", event.getClass().getSimpleName())
			.param("username", event.username())
			.param("actor", row.actor())
			.param("remote", row.remoteAddress())
			.param("outcome", row.outcome())
			.param("reason", row.reason())
			.param("lockedUntil",
					event instanceof LoginFailed f && f.lockedUntil() != null ? StaffAccounts.utc(f.lockedUntil())
							: null)
			.param("detail", row.detail())
			.update();
		this.events.publishEvent(event);
	}

	/**
	 * The lockout state a name would have if it were an account, rebuilt from the failed
	 * attempts recorded under it: the latest lock, and the failures since that lock ran
	 * out. Used for names that are not accounts, so that guessing names shows the same
	 * behaviour as guessing passwords.
	 */
	LockoutPolicy.State failuresOf(String username, Instant now) {
		Instant lastLock = this.jdbc.sql("""
				select max(locked_until) from identity_access_event
				where lower(username) = lower(:username) and kind = 'LoginFailed'
				""").param("username", username).query((rs, n) -> {
			OffsetDateTime t = rs.getObject(1, OffsetDateTime.class);
			return t == null ? null : t.toInstant();
		}).optional().orElse(null);
		if (lastLock != null && now.isBefore(lastLock)) {
			return new LockoutPolicy.State(0, lastLock);
		}
		long failures = this.jdbc.sql("""
				select count(*) from identity_access_event
				where lower(username) = lower(:username) and kind = 'LoginFailed'
				  and occurred_at >= coalesce(:since, '-infinity'::timestamptz)
				""")
			.param("username", username)
			.param("since", lastLock == null ? null : StaffAccounts.utc(lastLock),
					java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
			.query(Long.class)
			.single();
		return new LockoutPolicy.State((int) Math.min(failures, Integer.MAX_VALUE), null);
	}

	List<Entry> latest(int limit) {
		return this.jdbc.sql("""
				select occurred_at, kind, username, actor, remote_address, outcome, reason, detail
				from identity_access_event order by id desc limit :limit
				""")
			.param("limit", limit)
			.query((rs, n) -> new Entry(rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
					rs.getString("kind"), rs.getString("username"), rs.getString("actor"),
					rs.getString("remote_address"), rs.getString("outcome"), rs.getString("reason"),
					rs.getString("detail")))
			.list();
	}

	private record Row(String actor, String remoteAddress, String outcome, String reason, String detail) {

		static Row of(AccessEvent event, DateTimeFormatter minute) {
			if (event instanceof StaffLoggedIn e) {
				return new Row(e.username(), e.remoteAddress(), "成功", null, "登录");
			}
			if (event instanceof StaffLoggedOut e) {
				return new Row(e.username(), e.remoteAddress(), "成功", null, "退出");
			}
			if (event instanceof LoginFailed e) {
				return new Row(null, e.remoteAddress(), "失败", e.reason().label(),
						e.lockedUntil() == null ? "登录失败" : "登录失败，账户锁定至 " + minute.format(e.lockedUntil()));
			}
			if (event instanceof StaffCreated e) {
				return new Row(e.by(), null, "成功", null,
						"创建用户（" + e.displayName() + "，单位 " + e.unitCode() + "，角色 " + labels(e.roles()) + "）");
			}
			if (event instanceof StaffRolesChanged e) {
				return new Row(e.by(), null, "成功", null, "角色由 " + labels(e.before()) + " 改为 " + labels(e.after()));
			}
			if (event instanceof StaffUnitChanged e) {
				return new Row(e.by(), null, "成功", null, "单位由 " + e.before() + " 改为 " + e.after());
			}
			if (event instanceof StaffRenamed e) {
				return new Row(e.by(), null, "成功", null, "姓名由 " + e.before() + " 改为 " + e.after());
			}
			if (event instanceof StaffEnabled e) {
				return new Row(e.by(), null, "成功", null, "启用账户");
			}
			if (event instanceof StaffDisabled e) {
				return new Row(e.by(), null, "成功", null, "停用账户");
			}
			if (event instanceof StaffPasswordReset e) {
				return new Row(e.by(), null, "成功", null, "重置密码");
			}
			if (event instanceof StaffPasswordChanged e) {
				return new Row(e.username(), null, "成功", null, "本人修改密码");
			}
			if (event instanceof StaffUnlocked e) {
				return new Row(e.by(), null, "成功", null, "解除锁定");
			}
			throw new IllegalArgumentException("unknown access event " + event);
		}

		private static String labels(java.util.Set<Role> roles) {
			if (roles.isEmpty()) {
				return "（无）";
			}
			return roles.stream().sorted().map(Role::label).collect(Collectors.joining("、"));
		}

	}

}
