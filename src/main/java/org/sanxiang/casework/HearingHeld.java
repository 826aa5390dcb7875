package org.sanxiang.casework;

import java.time.LocalDate;

/** 听证 held; the decision must be based on its record (XK-48). */
public record HearingHeld(Recorded recorded, LocalDate heldOn, String recordReference) implements CaseEvent {
}
