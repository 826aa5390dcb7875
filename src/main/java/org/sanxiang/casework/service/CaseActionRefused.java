package org.sanxiang.casework.service;

import org.sanxiang.casework.licensing.TransitionRefused;

/**
 * A refusal of the core, thrown so the command's transaction ends without a write and
 * {@link CaseworkProblems} answers 409 (state) or 422 (rule).
 */
class CaseActionRefused extends RuntimeException {

	private final transient TransitionRefused refusal;

	CaseActionRefused(TransitionRefused refusal) {
		super(refusal.message());
		this.refusal = refusal;
	}

	TransitionRefused refusal() {
		return this.refusal;
	}

}
