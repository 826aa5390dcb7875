package org.sanxiang.casework;

import java.time.LocalDate;

/**
 * 听证通知: time and place notified at least 7 days before; the host is not the case's
 * reviewer (行政许可法 第四十八条, XK-48).
 */
public record HearingScheduled(Recorded recorded, LocalDate noticeOn, LocalDate hearingOn, String host,
		String place) implements CaseEvent {
}
