package org.sanxiang.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * 补正告知 given: once, listing everything missing (行政许可法 第三十二条第一款第（四）项, RULES.md XK-32b).
 */
public record CorrectionRequested(Recorded recorded, LocalDate noticeOn, List<String> missing) implements CaseEvent {
}
