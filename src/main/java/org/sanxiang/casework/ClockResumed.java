package org.sanxiang.casework;

import java.time.LocalDate;

/** 期限恢复计算 after a pause; {@code pausedWorkingDays} were not counted (XK-45). */
public record ClockResumed(Recorded recorded, String kind, LocalDate on, int pausedWorkingDays) implements CaseEvent {
}
