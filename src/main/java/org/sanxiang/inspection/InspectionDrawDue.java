package org.sanxiang.inspection;

import java.time.Instant;
import java.util.UUID;

/**
 * The announced draw time of a plan has come and no tree head was signed since: this
 * entry makes the journal grow so that a head covering it is signed now.
 */
public record InspectionDrawDue(UUID planId, String number, Instant drawAt, String actor,
		Instant at) implements InspectionEvent {
}
