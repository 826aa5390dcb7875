package org.sanxiang.platform;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a file-upload form carry its CSRF token in the address ({@code ?_csrf=…}) so that
 * the token is read without parsing the body. Since Servlet 6.1 (Tomcat 11), reading any
 * form parameter of a {@code multipart/form-data} request parses the whole body and
 * throws when a file is over the size limit — inside Spring Security's CSRF check, where
 * the application cannot answer with its own Chinese message. With the token taken from
 * the query string, the over-size upload reaches the controller, which tells the user the
 * limit on the form. Runs before Spring Security's filter chain; other requests and other
 * parameters are untouched.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class MultipartCsrfTokenFilter extends OncePerRequestFilter {

	static final String PARAMETER = "_csrf";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String token = multipart(request) ? fromQuery(request.getQueryString()) : null;
		chain.doFilter(token == null ? request : new HttpServletRequestWrapper(request) {
			@Override
			public String getParameter(String name) {
				return PARAMETER.equals(name) ? token : super.getParameter(name);
			}
		}, response);
	}

	private static boolean multipart(HttpServletRequest request) {
		String type = request.getContentType();
		return "POST".equals(request.getMethod()) && type != null
				&& type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
	}

	static String fromQuery(String query) {
		if (query == null) {
			return null;
		}
		for (String pair : query.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0 && PARAMETER.equals(pair.substring(0, eq))) {
				return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
			}
		}
		return null;
	}

}
