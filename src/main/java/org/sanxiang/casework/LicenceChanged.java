package org.sanxiang.casework;

import java.time.LocalDate;

/**
 * A granted licence changed after the decision: {@code action} is 变更, 延续, 撤回, 撤销 or 注销,
 * with its article (第八条, 第四十九条, 第五十条, 第六十九条, 第七十条); {@code major} when it was a 重大执法决定
 * made after a passed legal review (SH-1, SH-2).
 */
public record LicenceChanged(Recorded recorded, LocalDate on, String action, String article, String licenceNumber,
		String status, LocalDate validTo, boolean major) implements CaseEvent {
}
