package org.sanxiang.inspection;

import java.time.Instant;
import java.util.UUID;

/**
 * A plan was cancelled (作废), before or after its draw, with the public reason; it cannot
 * be drawn again — a new plan is needed.
 */
public record InspectionPlanCancelled(UUID planId, String number, boolean wasDrawn, String reason, String actor,
		Instant at) implements InspectionEvent {
}
