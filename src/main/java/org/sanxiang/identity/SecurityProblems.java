package org.sanxiang.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.platform.DatabaseOutage;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * RFC 9457 problem bodies for API calls that are not signed in (401) or not allowed
 * (403).
 */
@Component
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	private final Clock clock;

	SecurityProblems(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (DatabaseOutage.unreachable(ex)) {
			// the account could not be looked up: not the caller's fault, and not a 401
			response.setHeader("Retry-After", "5");
			write(response, request, 503, "database-unavailable", "服务暂时不可用", DatabaseOutage.DETAIL);
			return;
		}
		String detail = (ex instanceof AccountLocked locked)
				? "账户已锁定至 " + HH_MM.withZone(this.clock.getZone()).format(locked.until()) + "，请稍后再试"
				: "需要登录：请使用 HTTP Basic 提供管理员账号，或登录工作台后携带 CSRF 令牌调用";
		response.setHeader("WWW-Authenticate", "Basic realm=\"sanxiang\"");
		write(response, request, 401, "unauthorized", "未登录", detail);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current == null || current instanceof AnonymousAuthenticationToken) {
			// Nobody is signed in: the caller must authenticate, whatever else is missing
			// (a CSRF token).
			commence(request, response, new InsufficientAuthenticationException("not signed in"));
			return;
		}
		String detail = (ex instanceof CsrfException) ? "缺少或无效的 CSRF 令牌：请在请求头 X-CSRF-TOKEN 中携带工作台页面提供的令牌"
				: "没有权限：此操作需要管理员角色";
		write(response, request, 403, "forbidden", "没有权限", detail);
	}

	private static void write(HttpServletResponse response, HttpServletRequest request, int status, String type,
			String title, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"type\":\"urn:sanxiang:problem:" + type + "\",\"title\":" + json(title) + ",\"status\":" + status
					+ ",\"detail\":" + json(detail) + ",\"instance\":" + json(request.getRequestURI())
					+ ",\"errors\":[]}");
	}

	private static String json(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20 || c == '<' || c == '>' || c == '&') {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

}
