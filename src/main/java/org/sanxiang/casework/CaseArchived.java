package org.sanxiang.casework;

import java.time.LocalDate;

/**
 * 已归档: the case file is closed and the case read only from now on. It and the evidence
 * used in it are kept until {@code retainUntil} (保管期限, JL-6).
 *
 * @param retentionYears the retention period in years
 * @param retainUntil {@code archivedOn} plus the retention period
 */
public record CaseArchived(Recorded recorded, LocalDate archivedOn, int retentionYears,
		LocalDate retainUntil) implements CaseEvent {
}
