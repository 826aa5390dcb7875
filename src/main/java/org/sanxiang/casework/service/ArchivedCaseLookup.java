package org.sanxiang.casework.service;

import java.util.UUID;

import org.sanxiang.evidence.ArchivedCases;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the evidence module which cases are archived, so that it refuses to change their
 * evidence: the row of the case is share-locked until the asking transaction ends, so an
 * archive cannot commit in between (and one under way is waited for).
 */
@Component
class ArchivedCaseLookup implements ArchivedCases {

	private final LicensingCases cases;

	ArchivedCaseLookup(LicensingCases cases) {
		this.cases = cases;
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public boolean archived(UUID caseId) {
		return caseId != null && this.cases.archivedLocking(caseId);
	}

}
