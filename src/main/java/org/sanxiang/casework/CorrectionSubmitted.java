package org.sanxiang.casework;

import java.time.LocalDate;

/** 补正材料已提交: the application returns to acceptance. */
public record CorrectionSubmitted(Recorded recorded, LocalDate submittedOn) implements CaseEvent {
}
