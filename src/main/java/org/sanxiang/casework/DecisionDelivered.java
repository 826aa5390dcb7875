package org.sanxiang.casework;

import java.time.LocalDate;

/**
 * 决定已送达 by {@code method} with its {@code proof}; {@code late} when a licence reached the
 * holder after the 10 working days of 第四十四条 (XK-44).
 */
public record DecisionDelivered(Recorded recorded, LocalDate deliveredOn, String method, String proof,
		boolean late) implements CaseEvent {
}
