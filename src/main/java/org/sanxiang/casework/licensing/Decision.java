package org.sanxiang.casework.licensing;

import java.time.LocalDate;

/**
 * A licensing decision as made.
 *
 * @param granted 准予 or 不予
 * @param text the decision (for a refusal, its reasons)
 * @param approvedBy the 负责人 who approved it
 * @param remedies for a refusal, the remedies told (XK-38); {@code null} for a grant
 * @param hearingRecord the hearing record the decision is based on (XK-48), if a hearing
 * was held
 */
public record Decision(boolean granted, LocalDate decidedOn, String text, String approvedBy, String remedies,
		String hearingRecord) {
}
