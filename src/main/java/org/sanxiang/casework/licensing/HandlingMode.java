package org.sanxiang.casework.licensing;

import org.sanxiang.catalog.DayUnit;
import org.sanxiang.catalog.TimeLimit;

/**
 * How the case is handled, chosen at acceptance; it sets the statutory period for the
 * decision and who may extend it by how much. Working days throughout (第八十二条, T-1).
 * <ul>
 * <li>一般办理: the item's statutory limit (20 days unless a law sets another), extended once
 * by 10 days with the approval of this agency's head (第四十二条第一款, XK-42);</li>
 * <li>统一办理、联合办理、集中办理: 45 days, extended once by 15 days with the approval of the head of
 * the people's government at this level (第四十二条第二款, XK-42b);</li>
 * <li>下级行政机关初步审查: where the upper level decides after a lower level's review, the lower
 * level finishes its review within 20 days of acceptance; the article allows no extension
 * (第四十三条, XK-43).</li>
 * </ul>
 */
public enum HandlingMode {

	ORDINARY("一般办理", null, 10, "本行政机关负责人", Rule.XK_42),

	JOINT("统一办理、联合办理、集中办理", new TimeLimit(45, DayUnit.WORKING_DAYS), 15, "本级人民政府负责人", Rule.XK_42B),

	LOWER_LEVEL_PRELIMINARY("下级行政机关初步审查", new TimeLimit(20, DayUnit.WORKING_DAYS), 0, null, Rule.XK_43);

	private final String label;

	private final TimeLimit period;

	private final int extensionDays;

	private final String approver;

	private final Rule rule;

	HandlingMode(String label, TimeLimit period, int extensionDays, String approver, Rule rule) {
		this.label = label;
		this.period = period;
		this.extensionDays = extensionDays;
		this.approver = approver;
		this.rule = rule;
	}

	public String label() {
		return this.label;
	}

	/**
	 * The statutory period for the decision (or the lower level's review), given the
	 * item's own statutory limit ({@code null}: the 20 working days of 第四十二条).
	 */
	public TimeLimit period(TimeLimit itemLimit) {
		if (this.period != null) {
			return this.period;
		}
		return itemLimit == null ? CaseDeadlines.DECISION_LIMIT : itemLimit;
	}

	/** Working days one extension adds; 0 when the article allows none. */
	public int extensionDays() {
		return this.extensionDays;
	}

	/** Whose approval an extension needs, e.g. 本行政机关负责人; {@code null} when none. */
	public String approver() {
		return this.approver;
	}

	/** The rule that sets the period. */
	public Rule rule() {
		return this.rule;
	}

}
