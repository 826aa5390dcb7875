package org.sanxiang.supervision.alerts;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.platform.InputRejected;

import org.springframework.core.env.Environment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 提醒邮件设置 for 管理员: the time of day the digest goes out, whether an SMTP server is
 * configured ({@code spring.mail.*} — set in the deployment, not here, so no password is
 * kept in the database), a test message, who subscribed and today's sending log.
 */
@Controller
@RequestMapping("/console/supervision/alerts")
@PreAuthorize("hasRole('ADMIN')")
class AlertAdminController {

	private final Notifications notifications;

	private final DailyDigest digest;

	private final Subscriptions subscriptions;

	private final Environment env;

	AlertAdminController(Notifications notifications, DailyDigest digest, Subscriptions subscriptions,
			Environment env) {
		this.notifications = notifications;
		this.digest = digest;
		this.subscriptions = subscriptions;
		this.env = env;
	}

	@GetMapping
	String settings(Model model) {
		return page(model, null, null, null);
	}

	@PostMapping("/digest-time")
	String digestTime(@RequestParam(required = false) String digestTime, Authentication who, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.notifications.changeDigestTime(digestTime, who.getName());
			redirect.addFlashAttribute("saved", "已保存每日提醒邮件发送时间");
			return "redirect:/console/supervision/alerts";
		}
		catch (InputRejected ex) {
			response.setStatus(ex.kind().status());
			return page(model, ex, digestTime, null);
		}
	}

	@PostMapping("/test-mail")
	String testMail(@RequestParam(required = false) String to, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			this.digest.sendTest(to);
			redirect.addFlashAttribute("saved", "测试邮件已发送至 " + to.strip());
			return "redirect:/console/supervision/alerts";
		}
		catch (InputRejected ex) {
			response.setStatus(ex.kind().status());
			return page(model, ex, null, to);
		}
	}

	private String page(Model model, InputRejected error, String digestTime, String to) {
		model.addAttribute("digestTime", digestTime != null ? digestTime : this.notifications.digestTime().toString());
		model.addAttribute("configured", this.digest.configured());
		model.addAttribute("host", this.env.getProperty("spring.mail.host"));
		model.addAttribute("port", this.env.getProperty("spring.mail.port"));
		model.addAttribute("from", this.env.getProperty("sanxiang.alerts.mail-from", "noreply@sanxiang.local"));
		model.addAttribute("to", to);
		model.addAttribute("subscriptions", this.subscriptions.all());
		model.addAttribute("today", this.notifications.today());
		model.addAttribute("log", this.digest.log(this.notifications.today()));
		model.addAttribute("errors", error == null ? List.of() : error.errors());
		return "supervision/alerts/settings";
	}

}
