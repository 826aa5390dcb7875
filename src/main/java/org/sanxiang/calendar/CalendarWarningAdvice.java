package org.sanxiang.calendar;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts {@code calendarWarning} into the model of every console page an administrator
 * opens while the current or (from November) next year's calendar is missing; the console
 * layout shows it. Web slice tests of other modules load every controller advice but no
 * calendar: then there is nothing to warn about.
 */
@ControllerAdvice(annotations = Controller.class)
class CalendarWarningAdvice {

	private final ObjectProvider<WorkingCalendar> calendar;

	CalendarWarningAdvice(ObjectProvider<WorkingCalendar> calendar) {
		this.calendar = calendar;
	}

	@ModelAttribute("calendarWarning")
	String calendarWarning(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean console = path.equals("/console") || path.startsWith("/console/");
		if (!console || !request.isUserInRole("ADMIN")) {
			return null;
		}
		WorkingCalendar calendar = this.calendar.getIfAvailable();
		return (calendar != null) ? calendar.missingYearWarning() : null;
	}

}
