package org.sanxiang.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Every major decision made (准予/不予 of a major case, 撤回, 撤销, and 变更 or 延续 of a major
 * case), one by one, with the passed review that cleared it or none: the list behind the
 * coverage supervision reads, which must be 100% (SH-1). Read-only.
 */
public interface MajorDecisions {

	/**
	 * One major decision made.
	 *
	 * @param caseId the case
	 * @param eventType {@code CaseDecided} or {@code LicenceChanged}
	 * @param decision 准予, 不予, or the licence action (撤回, 撤销, …)
	 * @param decidedOn the day it was made
	 * @param reviewId the passed review that cleared it, or {@code null}
	 * @param opinionNumber that review's 法制审核意见书 number, or {@code null}
	 */
	record MajorDecision(UUID caseId, String eventType, String decision, LocalDate decidedOn, UUID reviewId,
			String opinionNumber) {

		/** Whether a passed review cleared it. */
		public boolean reviewed() {
			return this.reviewId != null;
		}

	}

	/**
	 * The major decisions made from {@code from} to {@code to} (either {@code null}:
	 * open).
	 */
	List<MajorDecision> made(LocalDate from, LocalDate to);

}
