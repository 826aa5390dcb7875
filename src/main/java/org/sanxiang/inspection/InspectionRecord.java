package org.sanxiang.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * 检查记录: what the drawn inspectors found at a target and what follows, recorded once per
 * assignment.
 *
 * @param inspectors the inspectors present and the certificates they showed (亮证, ZJ-1)
 * @param result one of {@link #RESULTS}
 * @param followUp what follows a 移送立案 or 其他, else optional
 * @param rectifyBy the deadline of a 责令整改, else {@code null}
 */
record InspectionRecord(UUID assignmentId, LocalDate inspectedOn, List<Present> inspectors, String location,
		String findings, String result, String followUp, LocalDate rectifyBy, String recordedBy, Instant recordedAt) {

	static final String NOTHING_FOUND = "未发现问题";

	static final String RECTIFY = "责令整改";

	static final String REFER = "移送立案";

	static final String OTHER = "其他";

	/** The results of a random inspection, in the order the form offers them. */
	static final List<String> RESULTS = List.of(NOTHING_FOUND, RECTIFY, REFER, OTHER);

	InspectionRecord {
		inspectors = List.copyOf(inspectors);
	}

	/**
	 * An inspector at the inspection.
	 *
	 * @param officerId the catalog officer
	 * @param certificateNumber the 行政执法证 shown to the target (亮证)
	 */
	record Present(String officerId, String name, String certificateNumber) {
	}

}
