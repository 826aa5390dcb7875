package org.sanxiang.casework;

import java.time.LocalDate;

/**
 * 期限中止: time for hearing, tender, auction, testing, inspection, quarantine, appraisal or
 * expert review is not counted, with written notice (行政许可法 第四十五条, XK-45).
 */
public record ClockPaused(Recorded recorded, String kind, LocalDate from, String writtenNotice) implements CaseEvent {
}
