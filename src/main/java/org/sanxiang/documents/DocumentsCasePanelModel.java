package org.sanxiang.documents;

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
 * Gives the console case page its 执法文书 panel ({@code documentsPanel}) without casework
 * knowing about documents: casework's page shows the panel when the model holds one, so
 * the dependency stays documents → casework. The page's {@code template} parameter
 * chooses the template of the form. Every other casework request gets {@code null} and
 * costs nothing.
 */
@ControllerAdvice(basePackageClasses = CaseId.class)
class DocumentsCasePanelModel {

	/** The case page's address patterns, as casework's console maps them. */
	static final Set<String> CASE_PAGES = Set.of("/console/licensing/{id}", "/console/licensing/{id}/actions/{action}");

	// a provider: a web slice that loads only some controllers still gets this advice
	private final ObjectProvider<DocumentsConsoleController> panels;

	DocumentsCasePanelModel(ObjectProvider<DocumentsConsoleController> panels) {
		this.panels = panels;
	}

	@ModelAttribute("documentsPanel")
	DocumentsConsoleController.CasePanel documentsPanel(HttpServletRequest request,
			@PathVariable(required = false) String id, Authentication authentication) {
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		DocumentsConsoleController panels = this.panels.getIfAvailable();
		if (panels == null || id == null || authentication == null || !CASE_PAGES.contains(String.valueOf(pattern))) {
			return null;
		}
		try {
			return panels
				.panel(DocumentsApiController.caseId(id), DocumentsApiController.actor(authentication),
						request.getParameter("template"), java.util.Map.of(), null, null)
				.orElse(null);
		}
		catch (NotFound ex) {
			// the page itself answers 404
			return null;
		}
	}

}
