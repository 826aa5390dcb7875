package org.sanxiang.supervision.ledger;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger as 督查 uses it for the rectification (整改) of its findings: each finding opens
 * a ledger task of the category 督查整改, whose unit reports progress and uploads evidence
 * there, and which is closed like any task — but only once evidence was uploaded. One
 * task and evidence implementation for both.
 */
@Component
public class RectificationTasks {

	private final Ledger ledger;

	private final LedgerTasks tasks;

	RectificationTasks(Ledger ledger, LedgerTasks tasks) {
		this.ledger = ledger;
		this.tasks = tasks;
	}

	/**
	 * Where a rectification task stands.
	 *
	 * @param taskId the ledger task
	 * @param completedOn the day it was closed, or {@code null}
	 * @param evidence how many evidence files were uploaded
	 * @param summary the closing summary, or {@code null}
	 */
	public record Closure(UUID taskId, LocalDate completedOn, int evidence, String summary) {

		public boolean closed() {
			return this.completedOn != null;
		}

	}

	/**
	 * Opens the rectification task of a finding, in the caller's transaction, journaled
	 * as any new ledger task; rejects bad input as the ledger's form does (422).
	 */
	@Transactional
	public UUID open(String title, String unitCode, String owner, LocalDate deadline, String actor) {
		return this.ledger.create(new TaskForm(title, LedgerCategory.RECTIFICATION.name(), unitCode, owner, deadline),
				actor);
	}

	/** The closure of each named task that exists. */
	@Transactional(readOnly = true)
	public Map<UUID, Closure> closures(Collection<UUID> taskIds) {
		Map<UUID, Closure> closures = new LinkedHashMap<>();
		for (UUID id : taskIds) {
			this.tasks.find(id)
				.ifPresent(
						t -> closures.put(id, new Closure(id, t.completedOn(), t.evidence(), t.completionSummary())));
		}
		return closures;
	}

}
