package org.sanxiang.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A drawn inspection was carried out and recorded (检查记录): the day, the result and who
 * recorded it; the findings stay in the record.
 *
 * @param assignmentId the drawn inspection (its record, evidence and publication hang on
 * it)
 * @param result 未发现问题, 责令整改, 移送立案 or 其他
 */
public record InspectionRecorded(UUID assignmentId, UUID planId, String planNumber, String creditCode,
		LocalDate inspectedOn, String result, String actor, Instant at) implements InspectionEvent {
}
