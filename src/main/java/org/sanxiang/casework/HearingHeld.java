package org.sanxiang.casework;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 听证 held; the decision must be based on its record (XK-48). {@code startedAt}/
 * {@code endedAt} when the hearing ran, when given (the span its audio/video record was
 * checked against, JL-4).
 */
public record HearingHeld(Recorded recorded, LocalDate heldOn, String recordReference, Instant startedAt,
		Instant endedAt) implements CaseEvent {
}
