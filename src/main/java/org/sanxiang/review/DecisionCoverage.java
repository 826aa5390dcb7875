package org.sanxiang.review;

import java.util.Set;

import org.sanxiang.casework.CaseDecided;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.LicenceChanged;
import org.sanxiang.casework.ProposedDecision;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every major decision made, in the transaction that makes it, with the passed
 * review whose cleared proposal it is (or none): the coverage supervision reads, which
 * must be 100% (SH-1). Major: a decision of a major case ({@link CaseDecided#major()}),
 * and any 撤回 or 撤销 of a licence (SH-2).
 */
@Component
class DecisionCoverage {

	/** Licence changes that are always major decisions (SH-2). */
	static final Set<String> MAJOR_LICENCE_CHANGES = Set.of("撤回", "撤销");

	private final ReviewRecords records;

	DecisionCoverage(ReviewRecords records) {
		this.records = records;
	}

	@EventListener
	void on(CaseDecided decided) {
		if (decided.major()) {
			record(decided.caseId(), "CaseDecided", decided.granted() ? "准予" : "不予", decided.decidedOn(), null,
					decided.text());
		}
	}

	@EventListener
	void on(LicenceChanged changed) {
		if (MAJOR_LICENCE_CHANGES.contains(changed.action())) {
			record(changed.caseId(), "LicenceChanged", changed.action(), changed.on(), changed.action(),
					changed.recorded().reason());
		}
	}

	/**
	 * The decision is covered when the case's latest review passed with exactly this text
	 * cleared (and, where the event names its action, that action).
	 */
	private void record(CaseId caseId, String type, String decision, java.time.LocalDate on, String action,
			String text) {
		LegalReview review = this.records.latestOf(caseId)
			.filter(r -> r.status() == ReviewStatus.PASSED)
			.filter(r -> action == null || action.equals(r.action()))
			.filter(r -> ProposedDecision.digestOf(r.action(), text).equals(r.clearedDigest()))
			.orElse(null);
		this.records.recordDecision(caseId, type, decision, on, review == null ? null : review.id(),
				review == null ? null : review.opinionNumber());
	}

}
