package org.sanxiang.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An inspection plan was announced with its draw time: from now on everything the draw
 * depends on except the tree head is fixed and public.
 */
public record InspectionPlanAnnounced(UUID planId, String number, String agencyCode, java.util.List<String> itemCodes,
		Integer sampleSize, java.math.BigDecimal samplePercent, int inspectorsPerTarget, LocalDate periodStart,
		LocalDate periodEnd, Instant drawAt, UUID replaces, String actor, Instant at) implements InspectionEvent {
}
