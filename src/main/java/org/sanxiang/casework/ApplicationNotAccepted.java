package org.sanxiang.casework;

import java.time.LocalDate;

/**
 * 不予受理, with the reason and, when the matter is another body's, which body to apply to
 * (XK-32a).
 */
public record ApplicationNotAccepted(Recorded recorded, LocalDate decidedOn, String reason,
		String competentBody) implements CaseEvent {
}
