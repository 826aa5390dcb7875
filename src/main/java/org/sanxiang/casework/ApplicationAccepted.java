package org.sanxiang.casework;

import java.time.LocalDate;

/**
 * 已受理. {@code deemed} when no correction notice came in time and the law counts the
 * application as accepted on the day of receipt (XK-32b); {@code rule} and
 * {@code article} name why. {@code handlingMode} is how the case is handled (一般办理;
 * 统一办理、联合办理、集中办理, XK-42b; 下级行政机关初步审查, XK-43), which sets its decision period.
 */
public record ApplicationAccepted(Recorded recorded, LocalDate acceptedOn, boolean deemed, String rule, String article,
		String handlingMode) implements CaseEvent {
}
