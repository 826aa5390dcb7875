package org.sanxiang.casework;

import java.time.LocalDate;

/**
 * 行政许可决定 made: 准予 or 不予 (with reasons and remedies, 第三十八条), approved by a 负责人;
 * {@code major} when it was a 重大执法决定 and so passed legal review first (SH-1).
 */
public record CaseDecided(Recorded recorded, LocalDate decidedOn, boolean granted, String text, String approvedBy,
		String remedies, boolean major) implements CaseEvent {
}
