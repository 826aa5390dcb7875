package org.sanxiang.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * The outer guard of {@link DatabaseUnavailable}: a database outage met before any
 * controller runs — looking up the signed-in account, reading a stored session — would
 * otherwise leave the filter chain as a 500. Placed before Spring Security, it answers
 * 503 the same way: a problem body for the API, a short Chinese page for people.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!DatabaseOutage.unreachable(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("数据库不可用，请求 {} {} 以 503 答复：{}", request.getMethod(), request.getRequestURI(),
					DatabaseUnavailable.rootMessage(ex));
			response.reset();
			if (DatabaseUnavailable.wantsProblem(request, null)) {
				DatabaseUnavailable.writeProblem(response);
				return;
			}
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader("Retry-After", "5");
			response.setContentType("text/html");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter()
				.write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
						+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
						+ "<title>服务暂时不可用</title></head><body><h1>服务暂时不可用（503）</h1><p>"
						+ HtmlUtils.htmlEscape(DatabaseOutage.DETAIL) + "</p><p><a href=\"/\">返回公示首页</a></p>"
						+ "</body></html>");
		}
	}

}
