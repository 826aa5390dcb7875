package org.sanxiang.complaints;

import java.time.Instant;
import java.util.UUID;

/** A replied complaint was closed (办结). */
public record ComplaintClosed(UUID complaintId, String number, String actor, Instant at) implements ComplaintEvent {
}
