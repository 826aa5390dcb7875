package org.sanxiang.casework.service;

import org.sanxiang.casework.StaffActors;
import org.sanxiang.platform.NotFound;

import org.springframework.beans.factory.ObjectProvider;
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

	private final ObjectProvider<LicensingMaterialsController> materials;

	LicensingMaterialsModel(ObjectProvider<LicensingMaterialsController> materials) {
		this.materials = materials;
	}

	@ModelAttribute("materials")
	LicensingMaterialsController.MaterialsBlock materials(@PathVariable(required = false) String id,
			Authentication authentication) {
		LicensingMaterialsController controller = this.materials.getIfAvailable();
		if (id == null || authentication == null || controller == null) {
			return null;
		}
		try {
			return controller.block(LicensingConsoleController.caseId(id), StaffActors.of(authentication));
		}
		catch (NotFound ex) {
			// the page itself answers 404
			return null;
		}
	}

}
