package org.sanxiang.casework;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The decided licensing cases as supervision counts them (督查, 考核): one summary per case
 * with its dates, due dates, 重大 flag, officers and the acts that had to be recorded on
 * audio/video — read in one call instead of one {@link CaseFacts#find} per case, and in a
 * constant number of queries however many cases the period holds. Read-only.
 */
public interface CaseStatistics {

	/**
	 * One decided case.
	 *
	 * @param id the case
	 * @param number its public number
	 * @param itemCode the catalog item
	 * @param itemName its name
	 * @param itemUnitCode the unit (股室) the item belongs to, or {@code null}
	 * @param agencyCode the 执法主体
	 * @param officerIds the assigned case officers (承办人)
	 * @param acceptedOn the day of acceptance, or {@code null} when never accepted
	 * @param decidedOn the day of the 准予 or 不予许可 decision
	 * @param decisionDue the statutory decision due date as it stood on the decision day
	 * (pauses and extension counted, XK-42, XK-45)
	 * @param promisedDue the item's promised due date, or {@code null} when it promises
	 * nothing
	 * @param granted 准予 ({@code true}) or 不予
	 * @param major whether the decision was a 重大执法决定 (SH-2)
	 * @param recordedActs the acts of the case the law asks to record on audio/video
	 * (JL-3, JL-4): site inspections of items that require it or of a case marked for
	 * full recording, hearings, deliveries by 留置 or 公告
	 */
	record DecidedCase(CaseId id, String number, String itemCode, String itemName, String itemUnitCode,
			String agencyCode, List<String> officerIds, LocalDate acceptedOn, LocalDate decidedOn,
			LocalDate decisionDue, LocalDate promisedDue, boolean granted, boolean major,
			List<RecordedAct> recordedActs) {

		public DecidedCase {
			Objects.requireNonNull(id, "id");
			officerIds = officerIds == null ? List.of() : List.copyOf(officerIds);
			recordedActs = recordedActs == null ? List.of() : List.copyOf(recordedActs);
		}

	}

	/**
	 * One act that had to be recorded on audio/video.
	 *
	 * @param activity the evidence activity it is filed under: {@code SITE_INSPECTION},
	 * {@code HEARING} or {@code SERVICE} (the names of
	 * {@code org.sanxiang.evidence.Activity})
	 * @param label its Chinese name, e.g. 现场核查, 听证, 留置送达
	 * @param on the day of the act
	 */
	record RecordedAct(String activity, String label, LocalDate on) {
	}

	/**
	 * The cases decided from {@code from} to {@code to} (inclusive; {@code null} for
	 * open), oldest decision first.
	 */
	List<DecidedCase> decided(LocalDate from, LocalDate to);

	/**
	 * Those of the given cases that were decided, whenever that was, oldest decision
	 * first; in one query however many cases are named.
	 */
	List<DecidedCase> decidedAmong(Collection<CaseId> ids);

	/**
	 * One accepted case whose decision is not made yet: its statutory decision clock runs
	 * (or is paused, 行政许可法 第四十五条).
	 *
	 * @param id the case
	 * @param number its public number
	 * @param itemName the catalog item's name
	 * @param itemUnitCode the unit (股室) the item belongs to, or {@code null}
	 * @param agencyCode the 执法主体
	 * @param officerIds the assigned case officers (承办人)
	 * @param acceptedOn the day of acceptance
	 * @param decisionDue the statutory decision due date as it stands on the day asked
	 * for (pauses and extension counted, XK-42, XK-45), or {@code null} when it lies
	 * beyond the loaded calendar years
	 * @param paused whether the clock is stopped on that day
	 */
	record OpenCase(CaseId id, String number, String itemName, String itemUnitCode, String agencyCode,
			List<String> officerIds, LocalDate acceptedOn, LocalDate decisionDue, boolean paused) {

		public OpenCase {
			Objects.requireNonNull(id, "id");
			officerIds = officerIds == null ? List.of() : List.copyOf(officerIds);
		}

	}

	/**
	 * The accepted cases not decided yet (审查中, 听证中), with their decision clocks as they
	 * stand on {@code asOf}, the earliest due first; in one query. Alerts read them to
	 * warn before the decision deadline and when it has passed.
	 */
	List<OpenCase> open(LocalDate asOf);

}
