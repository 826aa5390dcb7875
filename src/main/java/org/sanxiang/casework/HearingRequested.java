package org.sanxiang.casework;

import java.time.LocalDate;

/**
 * 听证 requested by the applicant or an interested party (XK-47), or ordered by the agency
 * (第四十六条, XK-46).
 */
public record HearingRequested(Recorded recorded, LocalDate requestedOn, String basis,
		LocalDate holdBy) implements CaseEvent {
}
