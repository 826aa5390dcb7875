package org.sanxiang.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A complaint (投诉) or report (举报) was received from the public.
 *
 * @param kind COMPLAINT or REPORT
 * @param unitCode the unit complained about
 * @param namesOfficer whether it names an officer (and so went to the supervision queue)
 * @param queue DIRECTOR or SUPERVISION
 * @param deadline the last day of the reply period
 */
public record ComplaintReceived(UUID complaintId, String number, String kind, String unitCode, boolean namesOfficer,
		String queue, LocalDate deadline, String actor, Instant at) implements ComplaintEvent {
}
