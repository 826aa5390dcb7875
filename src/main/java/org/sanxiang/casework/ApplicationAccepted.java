package org.sanxiang.casework;

import java.time.LocalDate;

/**
 * 已受理. {@code deemed} when no correction notice came in time and the law counts the
 * application as accepted on the day of receipt (XK-32b); {@code rule} and
 * {@code article} name why.
 */
public record ApplicationAccepted(Recorded recorded, LocalDate acceptedOn, boolean deemed, String rule,
		String article) implements CaseEvent {
}
