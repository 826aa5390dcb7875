package org.sanxiang.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * 听证权利告知 given to the applicant and every interested party ({@code parties}); a request
 * is due by {@code requestBy} (行政许可法 第四十七条, XK-47).
 */
public record HearingRightNotified(Recorded recorded, LocalDate notifiedOn, LocalDate requestBy,
		List<String> parties) implements CaseEvent {

	public HearingRightNotified {
		parties = parties == null ? List.of() : List.copyOf(parties);
	}

}
