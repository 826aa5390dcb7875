package org.sanxiang.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 现场核查 recorded, done by two or more certified officers (行政许可法 第三十四条, XK-34, JL-7);
 * {@code startedAt}/{@code endedAt} the activity from arrival to the end, when given (the
 * span its audio/video record was checked against, JL-4).
 */
public record SiteInspectionRecorded(Recorded recorded, LocalDate inspectedOn, List<String> officerIds,
		List<String> certificateNumbers, String findings, Instant startedAt, Instant endedAt) implements CaseEvent {
}
