package org.sanxiang.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The complainant was answered: the reply shows on the tracking page; the journal keeps
 * its SHA-256 and whether it came within the reply period.
 */
public record ComplaintReplied(UUID complaintId, String number, String replySha256, LocalDate deadline, boolean onTime,
		String actor, Instant at) implements ComplaintEvent {
}
