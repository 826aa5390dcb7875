package org.sanxiang.supervision.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A commendation (表彰奖励) or accountability measure (问责) as recorded, with its reason and
 * what it rests on: the unit's score when it was decided (total, scheme version, grade)
 * and/or findings of 督查.
 *
 * @param quarter the quarter, or {@code null} for the year
 */
record Outcome(UUID id, String agencyCode, String unitCode, Measure measure, int year, Integer quarter, String reason,
		BigDecimal score, Integer schemeVersion, String grade, List<LinkedFinding> findings, String decidedBy,
		Instant decidedAt) {

	AssessmentPeriod period() {
		return new AssessmentPeriod(this.year, this.quarter);
	}

	/**
	 * A finding the record rests on, with the check it was found in and its description
	 * as it read then.
	 */
	record LinkedFinding(UUID id, UUID checkId, String description) {
	}

}
