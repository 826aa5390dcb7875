package org.sanxiang.review;

import org.sanxiang.casework.DecisionGuard;
import org.sanxiang.casework.ProposedDecision;

import org.springframework.stereotype.Component;

/**
 * The {@link DecisionGuard} casework asks before every major decision, on every path
 * (REST, console, service calls, batch): the legal review's answer ({@link GatePolicy},
 * SH-1). Being a bean, it replaces casework's refuse-everything default.
 */
@Component
class LegalReviewGate implements DecisionGuard {

	private final LegalReviews reviews;

	LegalReviewGate(LegalReviews reviews) {
		this.reviews = reviews;
	}

	@Override
	public Clearance clearance(ProposedDecision proposal) {
		return this.reviews.clearance(proposal);
	}

}
