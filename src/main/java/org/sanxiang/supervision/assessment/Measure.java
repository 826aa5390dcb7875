package org.sanxiang.supervision.assessment;

/**
 * What an assessment leads to: commendations (表彰奖励) rest on a unit's score of grade 优秀;
 * accountability (问责) on findings of 督查 or a score. 取消本年度评优评先资格 bars any commendation of
 * the unit for that year.
 */
enum Measure {

	PRAISE(true, "通报表扬"), ADVANCED_UNIT(true, "评为先进单位"), TALK(false, "约谈"), CRITICISM(false, "通报批评"),
	RECTIFICATION(false, "责令限期整改"), DISQUALIFIED(false, "取消本年度评优评先资格");

	private final boolean commendation;

	private final String label;

	Measure(boolean commendation, String label) {
		this.commendation = commendation;
		this.label = label;
	}

	public boolean commendation() {
		return this.commendation;
	}

	public String label() {
		return this.label;
	}

	public String kindLabel() {
		return this.commendation ? "表彰奖励" : "问责";
	}

	static Measure parse(String value) {
		if (value == null) {
			return null;
		}
		String v = value.strip();
		for (Measure m : values()) {
			if (m.name().equalsIgnoreCase(v) || m.label.equals(v)) {
				return m;
			}
		}
		return null;
	}

}
