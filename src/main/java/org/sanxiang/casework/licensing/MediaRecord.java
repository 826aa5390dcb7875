package org.sanxiang.casework.licensing;

/**
 * What the evidence store holds for one activity of a case (音像记录, JL-3): how many
 * audio/video items are attached, and the reason a 负责人 approved for recording none (JL-5:
 * device fault, state or trade secret, privacy, emergency), if any. The service asks the
 * evidence module; the core only weighs the answer.
 *
 * @param activity the activity, e.g. 现场检查 or 听证
 * @param items audio/video items of that activity attached to the case
 * @param approvedExemption the approved reason for having none, or {@code null}
 */
public record MediaRecord(String activity, int items, String approvedExemption) {

	/** Nothing attached and nothing approved. */
	public static MediaRecord none(String activity) {
		return new MediaRecord(activity, 0, null);
	}

}
