package org.sanxiang.casework;

import java.time.LocalDate;

/** 听证权利告知 given; a request is due by {@code requestBy} (行政许可法 第四十七条, XK-47). */
public record HearingRightNotified(Recorded recorded, LocalDate notifiedOn, LocalDate requestBy) implements CaseEvent {
}
