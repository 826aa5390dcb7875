package org.sanxiang.casework;

import java.time.LocalDate;
import java.util.List;

/** 现场核查 recorded, done by two or more certified officers (行政许可法 第三十四条, XK-34, JL-7). */
public record SiteInspectionRecorded(Recorded recorded, LocalDate inspectedOn, List<String> officerIds,
		List<String> certificateNumbers, String findings) implements CaseEvent {
}
