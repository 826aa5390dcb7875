package org.sanxiang.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What supervision counts of 双随机 inspections (coverage of the 随机抽查事项清单, inspections done
 * against planned, overdue ones), read from the plans, draws and records.
 */
public interface InspectionStatistics {

	/**
	 * A plan whose period overlaps the one asked for.
	 *
	 * @param id the plan
	 * @param number its public number, e.g. CC-2026-0001
	 * @param agencyCode the agency
	 * @param itemCodes the items of the 随机抽查事项清单 it checks
	 * @param status ANNOUNCED, DRAWN or CANCELLED
	 * @param periodStart first day of the inspection period
	 * @param periodEnd last day: an inspection not recorded by then is overdue
	 */
	record PlanFacts(UUID id, String number, String agencyCode, List<String> itemCodes, String status,
			LocalDate periodStart, LocalDate periodEnd) {

		public PlanFacts {
			itemCodes = List.copyOf(itemCodes);
		}

	}

	/**
	 * One drawn inspection (a target of a drawn plan) and where it stands.
	 *
	 * @param assignmentId the assignment (also the evidence module's case id of its
	 * recordings)
	 * @param planId its plan
	 * @param creditCode the target
	 * @param inspectorIds the drawn inspectors (catalog officer ids)
	 * @param periodEnd the plan's last day
	 * @param inspectedOn the day it was carried out, or {@code null} while open
	 * @param result 未发现问题, 责令整改, 移送立案 or 其他, or {@code null} while open
	 */
	record InspectionFacts(UUID assignmentId, UUID planId, String creditCode, List<String> inspectorIds,
			LocalDate periodEnd, LocalDate inspectedOn, String result) {

		public InspectionFacts {
			inspectorIds = List.copyOf(inspectorIds);
		}

		/** Not recorded after the plan's last day. */
		public boolean overdueOn(LocalDate day) {
			return this.inspectedOn == null && day.isAfter(this.periodEnd);
		}

	}

	/** Plans whose period overlaps {@code from … to}, cancelled ones included. */
	List<PlanFacts> plans(LocalDate from, LocalDate to);

	/**
	 * The drawn inspections of plans (not cancelled) whose period overlaps
	 * {@code from … to}.
	 */
	List<InspectionFacts> inspections(LocalDate from, LocalDate to);

}
