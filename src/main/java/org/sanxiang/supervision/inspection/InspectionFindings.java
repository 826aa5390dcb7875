package org.sanxiang.supervision.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Findings of 督查 ({@code SupervisionCheck}) as the rest of the supervision module reads
 * them: assessment counts and links them, alerts watch their rectification deadlines.
 */
public interface InspectionFindings {

	/**
	 * Findings recorded in checks of the agency's units whose finding date lies in
	 * {@code [from, to]}, oldest first.
	 */
	List<Finding> findings(String agencyCode, LocalDate from, LocalDate to);

	/** One finding, or empty when no such finding exists. */
	java.util.Optional<Finding> finding(UUID id);

	/**
	 * Findings whose rectification is not closed, whatever their date (for alerts).
	 */
	List<Finding> openRectifications(String agencyCode);

	/**
	 * 督查发现的问题.
	 *
	 * @param id the finding
	 * @param checkId the check it was found in
	 * @param checkTitle the check's title, for links and reports
	 * @param unitCode the inspected unit (catalog {@code Unit.code})
	 * @param caseId the sampled case it concerns, or {@code null} for a unit-level
	 * finding
	 * @param description what was found
	 * @param foundOn the date it was recorded
	 * @param rectificationDue the rectification deadline
	 * @param rectified whether the rectification was closed with evidence
	 * @param rectifiedOn the closing date, or {@code null}
	 */
	record Finding(UUID id, UUID checkId, String checkTitle, String unitCode, UUID caseId, String description,
			LocalDate foundOn, LocalDate rectificationDue, boolean rectified, LocalDate rectifiedOn) {

		/** 整改逾期: past its deadline on {@code today} and not closed. */
		public boolean overdueOn(LocalDate today) {
			return !this.rectified && today.isAfter(this.rectificationDue);
		}

	}

}
