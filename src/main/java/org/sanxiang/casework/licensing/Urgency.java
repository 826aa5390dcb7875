package org.sanxiang.casework.licensing;

/**
 * How a clock stands on a day: 正常, 预警 (≤ 3 working days left) or 超期; most urgent first.
 */
public enum Urgency {

	OVERDUE("超期"), WARNING("预警"), NORMAL("正常");

	/** Working days left at or below which a clock warns. */
	public static final int WARNING_DAYS = 3;

	private final String label;

	Urgency(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
