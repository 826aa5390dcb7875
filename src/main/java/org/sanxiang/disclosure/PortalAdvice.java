package org.sanxiang.disclosure;

import jakarta.servlet.http.HttpServletRequest;

import org.sanxiang.platform.DateInput;
import org.sanxiang.platform.ErrorPages;
import org.sanxiang.platform.NotFound;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Portal pages answer in Chinese with the portal layout: a missing item or sample is a
 * 404 page, a malformed parameter (e.g. {@code asOf=2026-13-01}) a 400 page; neither
 * shows internals.
 */
@ControllerAdvice(assignableTypes = { PortalController.class, ItemController.class, CertificateVerification.class })
class PortalAdvice {

	/** Lets the layout mark the current section of the navigation (aria-current). */
	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(NotFound ex) {
		ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
		page.addObject("detail", ex.getMessage());
		page.addObject("status", 404);
		return page;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView badParameter(MethodArgumentTypeMismatchException ex) {
		return ErrorPages.page(HttpStatus.BAD_REQUEST,
				"asOf".equals(ex.getName()) ? DateInput.malformed("日期") : "参数“" + ex.getName() + "”的格式不正确");
	}

}
