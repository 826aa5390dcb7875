package org.sanxiang.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The console's error page for a refused request: the status and the reason in Chinese,
 * rendered by {@code templates/error.html} (page controllers map their refusals here; the
 * REST API answers with problem details instead).
 */
public final class ErrorPages {

	private ErrorPages() {
	}

	public static ModelAndView page(HttpStatus status, String detail) {
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("detail", detail);
		page.addObject("status", status.value());
		return page;
	}

}
