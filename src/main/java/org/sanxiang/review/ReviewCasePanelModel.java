package org.sanxiang.review;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.sanxiang.casework.CaseId;
import org.sanxiang.platform.NotFound;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Gives the console case page its 法制审核 panel ({@code reviewPanel}) without casework
 * knowing about the legal review: casework's page shows the panel when the model holds
 * one, so the dependency stays review → casework. Only the page of a major case, or of
 * one reviewed before, gets it (shown, or shown again after a refused action); every
 * other casework request gets {@code null} and costs nothing.
 */
@ControllerAdvice(basePackageClasses = CaseId.class)
class ReviewCasePanelModel {

	/** The case page's address patterns, as casework's console maps them. */
	static final Set<String> CASE_PAGES = Set.of("/console/licensing/{id}", "/console/licensing/{id}/actions/{action}");

	// a provider: a web slice that loads only some controllers still gets this advice
	private final ObjectProvider<ReviewCaseConsoleController> panels;

	ReviewCasePanelModel(ObjectProvider<ReviewCaseConsoleController> panels) {
		this.panels = panels;
	}

	@ModelAttribute("reviewPanel")
	ReviewCaseConsoleController.CasePanel reviewPanel(HttpServletRequest request,
			@PathVariable(required = false) String id, Authentication authentication) {
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		ReviewCaseConsoleController panels = this.panels.getIfAvailable();
		if (panels == null || id == null || authentication == null || !CASE_PAGES.contains(String.valueOf(pattern))) {
			return null;
		}
		try {
			return panels
				.panel(ReviewCaseConsoleController.caseId(id), ReviewApiController.actor(authentication), null, null)
				.filter(panel -> panel.major() || !panel.history().isEmpty())
				.orElse(null);
		}
		catch (NotFound ex) {
			// the page itself answers 404
			return null;
		}
	}

}
