package org.sanxiang.casework.licensing;

import java.time.Instant;
import java.util.List;

import org.sanxiang.evidence.Coverage;

/**
 * The record of one activity of a case (音像记录, JL-3): when the officer says the activity
 * ran, the capture intervals of the audio/video items of it attached to the case, and the
 * reason a 负责人 approved for recording none or interrupting (JL-5: device fault, state or
 * trade secret, privacy, emergency), if any. The service asks the evidence module; the
 * core only weighs the answer.
 *
 * @param activity the activity, e.g. 现场检查, 听证 or 送达
 * @param activityStart when the activity began (arrival on site), or {@code null} when
 * not given
 * @param activityEnd when it ended, or {@code null} when not given
 * @param captures the capture interval of each audio/video item of that activity attached
 * to the case
 * @param approvedExemption the approved reason for having none or a gap, or {@code null}
 */
public record MediaRecord(String activity, Instant activityStart, Instant activityEnd, List<Coverage.Interval> captures,
		String approvedExemption) {

	public MediaRecord {
		captures = captures == null ? List.of() : List.copyOf(captures);
	}

	/** Nothing attached, nothing approved, no times given. */
	public static MediaRecord none(String activity) {
		return new MediaRecord(activity, null, null, List.of(), null);
	}

	/** How many audio/video items of the activity are attached. */
	public int items() {
		return this.captures.size();
	}

	/** Whether a 负责人 approved a reason for having no recording or a gap (JL-5). */
	public boolean exempted() {
		return this.approvedExemption != null && !this.approvedExemption.isBlank();
	}

	/** This record with the activity's start and end as the officer gave them. */
	public MediaRecord during(Instant start, Instant end) {
		return new MediaRecord(this.activity, start, end, this.captures, this.approvedExemption);
	}

}
