package org.sanxiang.supervision.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A check (督查) of one unit's closed cases in a period, as stored.
 *
 * @param seed the seed the sample was drawn with, {@code null} before the draw
 * @param population how many closed cases the sample was drawn from
 * @param populationDigest SHA-256 of their ordered numbers ({@link CaseSample#digest})
 */
record SupervisionCheck(UUID id, String title, CheckKind kind, String agencyCode, String unitCode, LocalDate periodFrom,
		LocalDate periodTo, LocalDate scheduledOn, int sampleSize, String createdBy, Instant createdAt, Long seed,
		Integer population, String populationDigest, Instant sampledAt, String sampledBy, LocalDate completedOn,
		String completedBy, String conclusion) {

	/** Where a check stands. */
	enum Status {

		PLANNED("待抽样"), IN_PROGRESS("检查中"), COMPLETED("已完成");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	Status status() {
		if (this.completedOn != null) {
			return Status.COMPLETED;
		}
		return this.seed == null ? Status.PLANNED : Status.IN_PROGRESS;
	}

	boolean sampled() {
		return this.seed != null;
	}

	/** A sampled case with whether its checklist was confirmed. */
	record SampledCase(UUID caseId, int position, String caseNumber, String itemName, LocalDate decidedOn,
			Instant confirmedAt, String confirmedBy) {

		boolean confirmed() {
			return this.confirmedAt != null;
		}

	}

	/** One point of a sampled case's checklist: pre-filled, then confirmed. */
	record Point(UUID caseId, ChecklistItem item, Verdict prefilled, String basis, Verdict verdict, String note) {

		/**
		 * The verdict that counts: the inspector's once confirmed, else the pre-filled
		 * one.
		 */
		Verdict effective() {
			return this.verdict != null ? this.verdict : this.prefilled;
		}

	}

	/** A finding with its rectification task in the ledger. */
	record FindingRow(UUID id, UUID checkId, UUID caseId, ChecklistItem item, String unitCode, String description,
			LocalDate foundOn, LocalDate rectificationDue, String owner, UUID ledgerTaskId, String recordedBy,
			Instant recordedAt) {
	}

}
