package org.sanxiang.disclosure.opendata;

import java.security.Principal;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 推送队列 (管理员 only, SecurityConfiguration): how many messages to the provincial platform
 * are waiting, sent or dead, the dead letters with their last error, and replaying one or
 * all of them; also the full resync from the public records.
 */
@Controller
class OutboxConsoleController {

	/** Dead letters listed at most. */
	static final int LIST_LIMIT = 200;

	private final Outbox outbox;

	private final OutboxAdministration administration;

	private final OutboxResync resync;

	private final OutboxSettings settings;

	private final Clock clock;

	OutboxConsoleController(Outbox outbox, OutboxAdministration administration, OutboxResync resync,
			OutboxSettings settings, Clock clock) {
		this.outbox = outbox;
		this.administration = administration;
		this.resync = resync;
		this.settings = settings;
		this.clock = clock;
	}

	/** A dead letter as listed, its times in local (Beijing) time. */
	record DeadRow(OutboxMessage message, ZonedDateTime createdAt, ZonedDateTime lastAttemptAt) {
	}

	@GetMapping("/console/admin/outbox")
	String page(Model model) {
		List<DeadRow> dead = this.outbox.dead(LIST_LIMIT)
			.stream()
			.map(m -> new DeadRow(m, local(m.createdAt()), local(m.lastAttemptAt())))
			.toList();
		model.addAttribute("counts", this.outbox.counts());
		model.addAttribute("dead", dead);
		model.addAttribute("limit", LIST_LIMIT);
		model.addAttribute("enabled", this.settings.enabled());
		model.addAttribute("target", this.settings.enabled() ? this.settings.url().strip() : "");
		model.addAttribute("maxAttempts", this.settings.maxAttempts());
		return "console/outbox";
	}

	@PostMapping("/console/admin/outbox/{id}/replay")
	String replayOne(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		List<String> keys = this.administration.replay(id, principal.getName());
		redirect.addFlashAttribute("message",
				keys.isEmpty() ? "该消息不在推送失败列表中（可能已被重新推送）。" : "已将消息 " + keys.get(0) + " 重新加入推送队列。");
		return "redirect:/console/admin/outbox";
	}

	@PostMapping("/console/admin/outbox/replay")
	String replayAll(Principal principal, RedirectAttributes redirect) {
		List<String> keys = this.administration.replay(null, principal.getName());
		redirect.addFlashAttribute("message",
				keys.isEmpty() ? "没有推送失败的消息。" : "已将 " + keys.size() + " 条推送失败的消息重新加入推送队列。");
		return "redirect:/console/admin/outbox";
	}

	@PostMapping("/console/admin/outbox/resync")
	String resync(Principal principal, RedirectAttributes redirect) {
		int queued = this.resync.resync(principal.getName());
		redirect.addFlashAttribute("message",
				queued == 0 ? "核对完成：所有公示记录均已加入推送队列，无需补发。" : "核对完成：补发 " + queued + " 条公示记录。");
		return "redirect:/console/admin/outbox";
	}

	private ZonedDateTime local(java.time.Instant instant) {
		return instant == null ? null : instant.atZone(this.clock.getZone());
	}

}
