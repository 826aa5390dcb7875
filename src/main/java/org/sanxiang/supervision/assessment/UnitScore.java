package org.sanxiang.supervision.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A unit's score for a period, computed from the records under one scheme version: its
 * parts add up to the total, each part saying how it was computed and linking to the
 * records behind it.
 *
 * @param countedTo the last day counted (before the period's end while it runs)
 */
record UnitScore(String unitCode, String unitName, AssessmentPeriod period, LocalDate countedTo, int schemeVersion,
		List<Part> parts, BigDecimal total, String grade) {

	public boolean complete() {
		return !this.countedTo.isBefore(this.period.to());
	}

	Part part(ScoreComponent component) {
		return this.parts.stream().filter(p -> p.component() == component).findFirst().orElseThrow();
	}

	/**
	 * One weighed part.
	 *
	 * @param score the part's own score, 0–100
	 * @param points the part's contribution to the total: weight × score ÷ 100
	 * @param how how the score was computed, in Chinese
	 * @param basis the records behind it
	 */
	record Part(ScoreComponent component, BigDecimal weight, BigDecimal score, BigDecimal points, String how,
			List<Basis> basis) {

		public String label() {
			return this.component.label();
		}

	}

	/**
	 * A record behind a part: an indicator's drill-down, a finding or a ledger task.
	 *
	 * @param link the console page of the record
	 * @param met whether it counts in the unit's favour
	 * @param findingId the finding, when the record is one (for linking it to a record)
	 */
	record Basis(String label, String detail, String link, boolean met, java.util.UUID findingId) {
	}

}
