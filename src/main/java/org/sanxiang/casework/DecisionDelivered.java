package org.sanxiang.casework;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 决定已送达 by {@code method} with its {@code proof}; {@code late} when a licence reached the
 * holder after the 10 working days of 第四十四条 (XK-44). {@code startedAt}/{@code endedAt}
 * when the delivery on site (留置, or posting the 公告) ran, when given (the span its
 * audio/video record was checked against, JL-3b, JL-4).
 */
public record DecisionDelivered(Recorded recorded, LocalDate deliveredOn, String method, String proof, boolean late,
		Instant startedAt, Instant endedAt) implements CaseEvent {
}
