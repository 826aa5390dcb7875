package org.sanxiang.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * 听证通知: time and place notified to the applicant and the interested parties
 * ({@code parties}) at least 7 days before; the host is not the case's reviewer (行政许可法
 * 第四十八条, XK-48).
 */
public record HearingScheduled(Recorded recorded, LocalDate noticeOn, LocalDate hearingOn, String host, String place,
		List<String> parties) implements CaseEvent {

	public HearingScheduled {
		parties = parties == null ? List.of() : List.copyOf(parties);
	}

}
