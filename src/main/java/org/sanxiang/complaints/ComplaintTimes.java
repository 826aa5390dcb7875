package org.sanxiang.complaints;

import java.time.LocalDate;
import java.util.List;

/**
 * How long complaints and reports (投诉举报) took to answer, one by one, for supervision:
 * received, due and replied days and the unit concerned — no content, no names.
 * Read-only.
 */
public interface ComplaintTimes {

	/**
	 * One complaint.
	 *
	 * @param number its public number
	 * @param kind 投诉 or 举报
	 * @param unitCode the unit concerned, or {@code null}
	 * @param officerId the officer named, or {@code null}
	 * @param receivedOn the day it was received
	 * @param deadline the day the reply was due (60 days, 信访工作条例 第三十二条)
	 * @param repliedOn the day of the reply, or {@code null} while none was given
	 */
	record ComplaintTime(String number, String kind, String unitCode, String officerId, LocalDate receivedOn,
			LocalDate deadline, LocalDate repliedOn) {

		/** Replied on or before the deadline. */
		public boolean repliedOnTime() {
			return this.repliedOn != null && !this.repliedOn.isAfter(this.deadline);
		}

	}

	/**
	 * Complaints received from {@code from} to {@code to} (either {@code null}: open).
	 */
	List<ComplaintTime> received(LocalDate from, LocalDate to);

}
