package org.sanxiang.identity;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.sanxiang.platform.DatabaseOutage;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page. Its messages never tell whether a name is an account: a wrong name
 * and a wrong password read the same, and unknown names lock like accounts do.
 */
@Controller
class LoginController {

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	private final Clock clock;

	LoginController(Clock clock) {
		this.clock = clock;
	}

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		if (request.getParameter("error") != null) {
			HttpSession session = request.getSession(false);
			Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			model.addAttribute("error", message(failure));
		}
		if (request.getParameter("logout") != null) {
			model.addAttribute("info", "已退出");
		}
		return "identity/login";
	}

	private String message(Object failure) {
		if (failure instanceof AccountLocked locked) {
			return "账户已锁定至 " + HH_MM.withZone(this.clock.getZone()).format(locked.until())
					+ "（连续 5 次密码错误锁定 15 分钟），请稍后再试或联系管理员解锁";
		}
		if (failure instanceof Throwable t && DatabaseOutage.unreachable(t)) {
			return "数据库暂时无法连接，暂时无法登录，请稍后重试";
		}
		if (failure instanceof DisabledException) {
			return "账户已停用，请联系管理员";
		}
		return "用户名或密码错误";
	}

}
