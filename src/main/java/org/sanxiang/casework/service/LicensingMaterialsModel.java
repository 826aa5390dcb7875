package org.sanxiang.casework.service;

import org.sanxiang.platform.NotFound;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Gives the console case page its materials block (checklist, what is missing, the
 * clerk's form) without the case page's controller knowing about materials.
 */
@ControllerAdvice(assignableTypes = LicensingConsoleController.class)
class LicensingMaterialsModel {

	private final LicensingMaterialsController materials;

	LicensingMaterialsModel(LicensingMaterialsController materials) {
		this.materials = materials;
	}

	@ModelAttribute("materials")
	LicensingMaterialsController.MaterialsBlock materials(@PathVariable(required = false) String id,
			Authentication authentication) {
		if (id == null || authentication == null) {
			return null;
		}
		try {
			return this.materials.block(LicensingConsoleController.caseId(id), StaffActors.of(authentication));
		}
		catch (NotFound ex) {
			// the page itself answers 404
			return null;
		}
	}

}
