package org.sanxiang.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A stored complaint.
 *
 * @param officerAccount the named officer's staff account at submission, if any
 * @param contactName null when anonymous
 * @param contactPhone null when anonymous or not given
 */
record Complaint(UUID id, String number, ComplaintKind kind, String unitCode, String officerId, String officerName,
		String officerAccount, String certificateNo, String caseNumber, String content, String contactName,
		String contactPhone, boolean anonymous, ComplaintQueue queue, ComplaintStatus status, String queryCodeHash,
		Instant receivedAt, LocalDate receivedOn, LocalDate deadline, String handler, String reply, String repliedBy,
		Instant repliedAt, LocalDate repliedOn, Instant closedAt) {

	public boolean namesOfficer() {
		return this.officerId != null;
	}

	/** Open and past its deadline on {@code today}. */
	public boolean overdueOn(LocalDate today) {
		return this.status.open() && today.isAfter(this.deadline);
	}

}
