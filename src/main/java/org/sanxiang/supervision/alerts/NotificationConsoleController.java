package org.sanxiang.supervision.alerts;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.platform.ErrorPages;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.NotFound;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 通知中心: every staff account sees the alerts it must act on today, unread first in bold,
 * marks them read one by one or all at once, and chooses whether the daily digest goes to
 * its e-mail address. Plain forms: it works without JavaScript.
 */
@Controller
@RequestMapping("/console/notifications")
@PreAuthorize("isAuthenticated()")
class NotificationConsoleController {

	private final Notifications notifications;

	NotificationConsoleController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	String list(@RequestParam(required = false) String show, Authentication who, Model model) {
		return page(show, who, model, null, null, null);
	}

	@PostMapping("/read")
	String read(@RequestParam(required = false) String key, @RequestParam(required = false) String show,
			Authentication who, RedirectAttributes redirect) {
		if (key == null || key.isBlank()) {
			throw new NotFound("未找到该提醒");
		}
		this.notifications.markRead(who.getName(), key);
		redirect.addFlashAttribute("saved", "已标为已读");
		return redirect(show);
	}

	@PostMapping("/read-all")
	String readAll(@RequestParam(required = false) String show, Authentication who, RedirectAttributes redirect) {
		int n = this.notifications.markAllRead(who.getName());
		redirect.addFlashAttribute("saved", n == 0 ? "没有未读提醒" : "已将 " + n + " 条提醒标为已读");
		return redirect(show);
	}

	@PostMapping("/subscription")
	String subscribe(@RequestParam(required = false) String email, @RequestParam(required = false) String optedIn,
			Authentication who, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		boolean on = "true".equals(optedIn) || "on".equals(optedIn);
		try {
			this.notifications.subscribe(who.getName(), email, on, who.getName());
			redirect.addFlashAttribute("saved", on ? "已订阅每日提醒邮件" : "已保存，不发送每日提醒邮件");
			return "redirect:/console/notifications";
		}
		catch (InputRejected ex) {
			response.setStatus(ex.kind().status());
			return page(null, who, model, ex, email, on);
		}
	}

	private static String redirect(String show) {
		return "unread".equals(show) ? "redirect:/console/notifications?show=unread"
				: "redirect:/console/notifications";
	}

	private String page(String show, Authentication who, Model model, InputRejected error, String email,
			Boolean optedIn) {
		boolean unreadOnly = "unread".equals(show);
		List<Notification> all = this.notifications.of(who.getName());
		List<Notification> shown = unreadOnly ? all.stream().filter(n -> !n.read()).toList() : all;
		Subscriptions.Subscription s = this.notifications.subscription(who.getName());
		model.addAttribute("notifications", shown);
		model.addAttribute("total", all.size());
		model.addAttribute("unread", all.stream().filter(n -> !n.read()).count());
		model.addAttribute("show", unreadOnly ? "unread" : "all");
		model.addAttribute("today", this.notifications.today());
		model.addAttribute("email", email != null ? email : s.email());
		model.addAttribute("optedIn", optedIn != null ? optedIn : s.optedIn());
		model.addAttribute("digestTime", this.notifications.digestTime());
		model.addAttribute("errors", error == null ? List.of() : error.errors());
		return "supervision/alerts/notifications";
	}

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(NotFound ex) {
		return ErrorPages.page(HttpStatus.NOT_FOUND, ex.getMessage());
	}

}
