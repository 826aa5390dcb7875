package org.sanxiang.supervision.alerts;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One alert (提醒), computed from another module's current state and never stored: the same
 * state gives the same key, so a read mark sticks to it, and a moved due day gives a new
 * key, so the moved deadline is unread again.
 *
 * @param key stable id: kind, level, subject and due day
 * @param kind what it is about
 * @param level 即将到期 or 已逾期
 * @param subject what it concerns, e.g. the case number or the officer's name
 * @param message the sentence shown, in Chinese
 * @param due the day it is due (or expires)
 * @param link the console page to act on it, or {@code null}
 * @param recipients the accounts that must act on it
 */
record Alert(String key, AlertKind kind, AlertLevel level, String subject, String message, LocalDate due, String link,
		Set<String> recipients) {

	Alert {
		Objects.requireNonNull(key, "key");
		recipients = recipients == null ? Set.of() : Set.copyOf(recipients);
	}

	static String key(AlertKind kind, AlertLevel level, Object subject, LocalDate due) {
		return kind.name() + ":" + level.name() + ":" + subject + ":" + due;
	}

	boolean isFor(String username) {
		return this.recipients.stream().anyMatch(r -> r.equalsIgnoreCase(username));
	}

}
