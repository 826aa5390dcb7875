package org.sanxiang.supervision.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger's tasks as assessment (绩效考核) reads them: the tasks due in a period with when
 * each was completed. Read-only.
 */
@Component
public class LedgerCompletion {

	private final LedgerTasks tasks;

	LedgerCompletion(LedgerTasks tasks) {
		this.tasks = tasks;
	}

	/** The tasks whose deadline lies in {@code [from, to]}, by deadline. */
	@Transactional(readOnly = true)
	public List<DueTask> due(LocalDate from, LocalDate to) {
		return this.tasks.all()
			.stream()
			.filter(t -> !t.deadline().isBefore(from) && !t.deadline().isAfter(to))
			.map(t -> new DueTask(t.id(), t.title(), t.unitCode(), t.deadline(), t.completedOn()))
			.toList();
	}

	/**
	 * A ledger task with a deadline.
	 *
	 * @param completedOn the day it was completed, or {@code null}
	 */
	public record DueTask(UUID id, String title, String unitCode, LocalDate deadline, LocalDate completedOn) {

		/** Completed by its deadline (the deadline day itself still counts). */
		public boolean completedInTime() {
			return this.completedOn != null && !this.completedOn.isAfter(this.deadline);
		}

	}

}
