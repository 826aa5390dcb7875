package org.sanxiang.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * 利害关系人告知: the application directly affects the major interests of {@code parties}, who
 * were told {@code notice} on {@code notifiedOn} and may state their case (行政许可法 第三十六条,
 * XK-36).
 */
public record InterestedPartiesNotified(Recorded recorded, LocalDate notifiedOn, List<String> parties,
		String notice) implements CaseEvent {

	public InterestedPartiesNotified {
		parties = List.copyOf(parties);
	}

}
