package org.sanxiang.disclosure;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * How timely the agency publishes its licensing decisions (GS-3: within 7 working days of
 * the decision), for supervision (督查, 考核): per month of the due date and per item, the
 * publications that fell due by today and how many went out on time. Held-back
 * publications (不予公开, GS-5) are not due. Withdrawals (GS-4, 3 working days) are counted
 * the same way on their own clock.
 */
public interface PublicationTimeliness {

	/**
	 * One month and item.
	 *
	 * @param month the month the publications fell due in
	 * @param itemCode the catalog item
	 * @param itemName its name
	 * @param due publications due in that month, on or before today
	 * @param onTime of those, published on or before their due date
	 * @param late published after it
	 * @param open not published yet (overdue today)
	 */
	record Figure(YearMonth month, String itemCode, String itemName, long due, long onTime, long late, long open) {

		/** On time over all due, or {@code null} when nothing was due. */
		public Double rate() {
			return this.due == 0 ? null : (double) this.onTime / this.due;
		}

	}

	/**
	 * Withdrawals due in a month (GS-4).
	 *
	 * @param month the month they fell due in
	 * @param due withdrawals due in that month, on or before today
	 * @param onTime of those, done on or before their due date
	 */
	record WithdrawalFigure(YearMonth month, long due, long onTime) {
	}

	/** Publications per month (from {@code from} to {@code to}, inclusive) and item. */
	List<Figure> publications(YearMonth from, YearMonth to);

	/** Withdrawals per month, from {@code from} to {@code to}, inclusive. */
	List<WithdrawalFigure> withdrawals(YearMonth from, YearMonth to);

	/**
	 * A publication not out yet (GS-3): waiting for its decision document (待公示) or for
	 * the approval (待审核).
	 *
	 * @param id the publication
	 * @param caseId the case whose decision it publishes
	 * @param caseNumber the case's public number
	 * @param action the decision, e.g. 准予许可
	 * @param itemName the item's name
	 * @param status {@code PENDING} or {@code AWAITING_APPROVAL}
	 * @param dueOn the last day to publish it
	 */
	record Unpublished(UUID id, UUID caseId, String caseNumber, String action, String itemName,
			PublicationStatus status, LocalDate dueOn) {
	}

	/**
	 * Every publication not published yet and not held back, the earliest due first: what
	 * the alerts warn about before and after its due day.
	 */
	List<Unpublished> unpublished();

}
