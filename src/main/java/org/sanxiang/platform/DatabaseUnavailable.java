package org.sanxiang.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * While the database cannot be reached (restarted, failed over, network cut), every
 * request that needs it is answered with 503 and {@code Retry-After}, as an RFC 9457
 * problem for the API and as the error page for people — not a 500 with an exception's
 * name. The command's transaction never committed, so nothing is half-saved; the
 * connection pool reconnects by itself once the database is back, and the same request
 * can simply be sent again.
 */
@Component
class DatabaseUnavailable implements HandlerExceptionResolver, Ordered {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!DatabaseOutage.unreachable(ex)) {
			return null;
		}
		log.warn("数据库不可用，请求 {} {} 以 503 答复：{}", request.getMethod(), request.getRequestURI(), rootMessage(ex));
		response.setHeader("Retry-After", "5");
		if (wantsProblem(request, handler)) {
			try {
				writeProblem(response);
				return new ModelAndView();
			}
			catch (IOException io) {
				return null;
			}
		}
		return ErrorPages.page(HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.DETAIL);
	}

	static void writeProblem(HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", "5");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"type\":\"urn:sanxiang:problem:database-unavailable\",\"title\":\"服务暂时不可用\","
					+ "\"status\":503,\"detail\":\"" + DatabaseOutage.DETAIL + "\"}");
	}

	static boolean wantsProblem(HttpServletRequest request, Object handler) {
		if (handler instanceof HandlerMethod method
				&& (AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
						|| AnnotatedElementUtils.hasAnnotation(method.getMethod(), ResponseBody.class))) {
			return true;
		}
		String accept = request.getHeader("Accept");
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				|| (accept != null && accept.contains("json") && !accept.contains("text/html"));
	}

	static String rootMessage(Throwable ex) {
		Throwable t = ex;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t.getClass().getSimpleName() + ": " + t.getMessage();
	}

	@Override
	public int getOrder() {
		// before the controllers' own @ExceptionHandler methods (order 0): a page's
		// handler
		// for its refusals must not turn an outage into a form error
		return -1;
	}

}
