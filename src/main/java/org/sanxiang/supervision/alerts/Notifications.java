package org.sanxiang.supervision.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.sanxiang.catalog.CatalogEntryChanged;
import org.sanxiang.journal.Journaled;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.NotFound;
import org.sanxiang.supervision.alerts.Subscriptions.Subscription;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The notification centre's commands and reads: each account's alerts with what it has
 * read, marking them read, its e-mail address and digest choice, and the digest's time of
 * day. One transaction per command.
 * <p>
 * Today's alerts are computed at most once per {@code sanxiang.alerts.cache-ttl} (the
 * console header shows the unread count on every page) and computed afresh after any
 * journaled change or catalog change commits, so a handled deadline leaves at once.
 */
@Service
class Notifications {

	/** A plain address check: something@domain.tld, no spaces. */
	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

	private final Alerts alerts;

	private final AlertReads reads;

	private final Subscriptions subscriptions;

	private final DigestLog digests;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration ttl;

	private volatile Cached cached;

	private record Cached(LocalDate day, Instant at, List<Alert> alerts) {
	}

	Notifications(Alerts alerts, AlertReads reads, Subscriptions subscriptions, DigestLog digests,
			ApplicationEventPublisher events, Clock clock, @Value("${sanxiang.alerts.cache-ttl:PT30S}") Duration ttl) {
		this.alerts = alerts;
		this.reads = reads;
		this.subscriptions = subscriptions;
		this.digests = digests;
		this.events = events;
		this.clock = clock;
		this.ttl = ttl;
	}

	LocalDate today() {
		return this.alerts.today();
	}

	/** Today's alerts of every account (cached briefly). */
	List<Alert> current() {
		LocalDate today = today();
		Instant now = this.clock.instant();
		Cached c = this.cached;
		if (c == null || !c.day().equals(today) || now.isAfter(c.at().plus(this.ttl)) || now.isBefore(c.at())) {
			c = new Cached(today, now, this.alerts.on(today));
			this.cached = c;
		}
		return c.alerts();
	}

	/** The account's alerts today, read or not, the most pressing first. */
	@Transactional(readOnly = true)
	List<Notification> of(String username) {
		List<Alert> mine = current().stream().filter(a -> a.isFor(username)).toList();
		Set<String> read = this.reads.readAmong(username, mine.stream().map(Alert::key).toList());
		return mine.stream().map(a -> new Notification(a, read.contains(a.key()))).toList();
	}

	@Transactional(readOnly = true)
	long unread(String username) {
		return of(username).stream().filter(n -> !n.read()).count();
	}

	/**
	 * Marks one of the account's alerts read; an alert that is not theirs is not found.
	 */
	@Transactional
	void markRead(String username, String key) {
		boolean mine = current().stream().anyMatch(a -> a.key().equals(key) && a.isFor(username));
		if (!mine) {
			throw new NotFound("未找到该提醒，可能已经处理完毕");
		}
		this.reads.markRead(username, List.of(key), this.clock.instant());
	}

	/** Marks every current alert of the account read; returns how many were unread. */
	@Transactional
	int markAllRead(String username) {
		List<String> unread = of(username).stream().filter(n -> !n.read()).map(n -> n.alert().key()).toList();
		this.reads.markRead(username, unread, this.clock.instant());
		return unread.size();
	}

	@Transactional(readOnly = true)
	Subscription subscription(String username) {
		return this.subscriptions.find(username)
			.orElse(new Subscription(username.toLowerCase(Locale.ROOT), null, false));
	}

	/**
	 * Records the account's address and whether it wants the daily digest; an opt-in
	 * needs a valid address.
	 */
	@Transactional
	Subscription subscribe(String username, String email, boolean optedIn, String actor) {
		String address = email == null || email.isBlank() ? null : email.strip();
		if (address != null && (address.length() > 254 || !EMAIL.matcher(address).matches())) {
			throw InputRejected.unprocessable("email", "电子邮箱格式不正确：" + address);
		}
		if (optedIn && address == null) {
			throw InputRejected.unprocessable("email", "订阅每日提醒邮件须填写电子邮箱");
		}
		Subscription s = new Subscription(username.toLowerCase(Locale.ROOT), address, optedIn);
		Instant at = this.clock.instant();
		this.subscriptions.save(s, actor, at);
		this.events.publishEvent(new DigestSubscriptionChanged(s.username(), optedIn, address != null, actor, at));
		return s;
	}

	@Transactional(readOnly = true)
	LocalTime digestTime() {
		return this.digests.digestTime();
	}

	/** Sets the time of day the digest goes out ({@code HH:mm}). */
	@Transactional
	LocalTime changeDigestTime(String value, String actor) {
		LocalTime time;
		try {
			time = LocalTime.parse(value == null ? "" : value.strip());
		}
		catch (DateTimeParseException ex) {
			throw InputRejected.unprocessable("digestTime", "发送时间格式应为 时:分，例如 08:00");
		}
		time = time.withSecond(0).withNano(0);
		LocalTime before = this.digests.digestTime();
		if (!before.equals(time)) {
			Instant at = this.clock.instant();
			this.digests.digestTime(time, actor, at);
			this.events.publishEvent(new DigestTimeChanged(before, time, actor, at));
		}
		return time;
	}

	/** Forgets today's alerts now and again once the change's transaction ends. */
	@EventListener
	void on(Journaled change) {
		invalidate();
	}

	@EventListener
	void on(CatalogEntryChanged change) {
		invalidate();
	}

	void invalidate() {
		this.cached = null;
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					Notifications.this.cached = null;
				}
			});
		}
	}

}
