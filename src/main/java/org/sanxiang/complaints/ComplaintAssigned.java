package org.sanxiang.complaints;

import java.time.Instant;
import java.util.UUID;

/** A handler (承办人) was assigned to a complaint. */
public record ComplaintAssigned(UUID complaintId, String number, String handler, String actor,
		Instant at) implements ComplaintEvent {
}
