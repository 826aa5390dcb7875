package org.sanxiang.review;

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
 * and a licence change the case made as one ({@link LicenceChanged#major()}: 撤回, 撤销, and
 * 变更 or 延续 of a major case, SH-2).
 */
@Component
class DecisionCoverage {

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
		if (changed.major()) {
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
