package org.sanxiang.supervision.alerts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The unread count the console header shows on every page ({@code @notificationBadge}). A
 * failure to compute it leaves the count out and never breaks the page.
 */
@Component("notificationBadge")
public class NotificationBadge {

	private static final Logger log = LoggerFactory.getLogger(NotificationBadge.class);

	private final Notifications notifications;

	NotificationBadge(Notifications notifications) {
		this.notifications = notifications;
	}

	/** The unread alerts of the signed-in account, or {@code null} when unknown. */
	public Long unread(Authentication who) {
		if (who == null || !who.isAuthenticated()) {
			return null;
		}
		try {
			return this.notifications.unread(who.getName());
		}
		catch (RuntimeException ex) {
			log.warn("未能计算未读提醒数：{}", ex.toString());
			return null;
		}
	}

}
