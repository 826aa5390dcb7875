package org.sanxiang.casework;

import java.time.LocalDate;

/**
 * 审查期限延长 once, with the 负责人's approval and the reason told to the applicant (行政许可法 第四十二条,
 * XK-42).
 */
public record DecisionPeriodExtended(Recorded recorded, LocalDate approvedOn, String approvedBy, int workingDays,
		LocalDate newDue) implements CaseEvent {
}
