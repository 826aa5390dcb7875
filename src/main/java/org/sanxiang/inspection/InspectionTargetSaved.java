package org.sanxiang.inspection;

import java.time.Instant;

/**
 * A target was added to the register (检查对象名录) or changed; {@code active} false takes it
 * out of future draws.
 */
public record InspectionTargetSaved(String agencyCode, String creditCode, String name, String area, String industry,
		boolean active, String actor, Instant at) implements InspectionEvent {
}
