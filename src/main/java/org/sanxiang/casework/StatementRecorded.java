package org.sanxiang.casework;

import java.time.LocalDate;

/**
 * 陈述、申辩: the applicant or an interested party stated their case on {@code madeOn} (行政许可法
 * 第三十六条, XK-36); the agency hears it before deciding.
 *
 * @param standing 申请人 or 利害关系人
 */
public record StatementRecorded(Recorded recorded, LocalDate madeOn, String party, String standing,
		String statement) implements CaseEvent {
}
