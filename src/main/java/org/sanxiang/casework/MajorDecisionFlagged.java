package org.sanxiang.casework;

import java.time.LocalDate;

import org.sanxiang.catalog.MajorConditionKind;

/**
 * 标记重大执法决定: a case officer found on {@code on} that the case's decision is a major one
 * under {@code condition} of the legal-review catalogue — complex or novel, or another
 * condition named {@code label} — for {@code reason}; the decision then needs a passed
 * legal review (SH-1, SH-2), and collective discussion where the condition says so.
 */
public record MajorDecisionFlagged(Recorded recorded, LocalDate on, String condition, MajorConditionKind kind,
		String label, boolean collectiveDiscussion, String reason) implements CaseEvent {
}
