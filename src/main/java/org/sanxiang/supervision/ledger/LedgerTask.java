package org.sanxiang.supervision.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A task of the implementation ledger (落实台账) as read: who owns it, by when, what has been
 * recorded and whether it is done.
 *
 * @param owner the responsible person: a staff account's user name or a name
 * @param notes how many progress notes were recorded
 * @param evidence how many evidence files were added
 * @param lastNote the latest progress note, if any
 */
record LedgerTask(UUID id, String title, LedgerCategory category, String unitCode, String owner, LocalDate deadline,
		String createdBy, Instant createdAt, LocalDate completedOn, String completedBy, String completionSummary,
		int notes, int evidence, String lastNote) {

	boolean completed() {
		return this.completedOn != null;
	}

	/**
	 * The status on {@code today}: 已完成 once completed; 已逾期 when the deadline has passed
	 * (the deadline day itself still counts as in time) and the task is not completed;
	 * 进行中 once a note or a file was recorded; 未开始 otherwise.
	 */
	LedgerStatus statusOn(LocalDate today) {
		if (completed()) {
			return LedgerStatus.COMPLETED;
		}
		if (today.isAfter(this.deadline)) {
			return LedgerStatus.OVERDUE;
		}
		return (this.notes > 0 || this.evidence > 0) ? LedgerStatus.IN_PROGRESS : LedgerStatus.NOT_STARTED;
	}

	boolean overdueOn(LocalDate today) {
		return statusOn(today) == LedgerStatus.OVERDUE;
	}

}
