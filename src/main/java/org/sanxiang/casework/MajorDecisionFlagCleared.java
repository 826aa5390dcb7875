package org.sanxiang.casework;

import java.time.LocalDate;

/**
 * 解除重大执法决定认定: a 负责人 set aside on {@code on} one condition that made the case's decision
 * major — computed from the facts or the catalogue ({@code source} 依案件事实认定 / 列入目录的事项), or
 * a case officer's flag withdrawn ({@code source} 承办人标记) — for {@code reason} (SH-2). The
 * case stays major while another condition holds.
 */
public record MajorDecisionFlagCleared(Recorded recorded, LocalDate on, String condition, String label, String source,
		String reason) implements CaseEvent {
}
