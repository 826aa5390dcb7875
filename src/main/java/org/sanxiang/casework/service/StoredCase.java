package org.sanxiang.casework.service;

import org.sanxiang.casework.licensing.LicensingCase;

/** A case as stored: the core's case, its public number and the applicant's details. */
record StoredCase(String number, Applicant applicant, LicensingCase licensingCase) {

	int revision() {
		return this.licensingCase.revision();
	}

}
