package org.sanxiang.supervision.alerts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in account's alerts over REST: list, unread count, mark read, and the digest
 * subscription. Refusals are RFC 9457 problems with a Chinese detail.
 */
@RestController
@RequestMapping("/api/v1/notifications")
@PreAuthorize("isAuthenticated()")
class NotificationApiController {

	private final Notifications notifications;

	NotificationApiController(Notifications notifications) {
		this.notifications = notifications;
	}

	/** One alert in the API. */
	record NotificationView(String key, String kind, String kindLabel, String level, String levelLabel, String subject,
			String message, LocalDate due, String link, boolean read) {

		static NotificationView of(Notification n) {
			Alert a = n.alert();
			return new NotificationView(a.key(), a.kind().name(), a.kind().label(), a.level().name(), a.level().label(),
					a.subject(), a.message(), a.due(), a.link(), n.read());
		}

	}

	record SubscriptionRequest(String email, Boolean optedIn) {
	}

	record SubscriptionView(String email, boolean optedIn) {
	}

	@GetMapping
	List<NotificationView> list(Authentication who) {
		return this.notifications.of(who.getName()).stream().map(NotificationView::of).toList();
	}

	@GetMapping("/unread-count")
	Map<String, Long> unread(Authentication who) {
		return Map.of("unread", this.notifications.unread(who.getName()));
	}

	@PostMapping("/{key}/read")
	ResponseEntity<Void> read(@PathVariable String key, Authentication who) {
		this.notifications.markRead(who.getName(), key);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/read-all")
	Map<String, Integer> readAll(Authentication who) {
		return Map.of("marked", this.notifications.markAllRead(who.getName()));
	}

	@GetMapping("/subscription")
	SubscriptionView subscription(Authentication who) {
		Subscriptions.Subscription s = this.notifications.subscription(who.getName());
		return new SubscriptionView(s.email(), s.optedIn());
	}

	@PutMapping("/subscription")
	SubscriptionView subscribe(@RequestBody SubscriptionRequest request, Authentication who) {
		Subscriptions.Subscription s = this.notifications.subscribe(who.getName(), request.email(),
				Boolean.TRUE.equals(request.optedIn()), who.getName());
		return new SubscriptionView(s.email(), s.optedIn());
	}

}
