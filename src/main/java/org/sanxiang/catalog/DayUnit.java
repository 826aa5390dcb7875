package org.sanxiang.catalog;

/** Unit of a time limit. 行政许可法 第八十二条: licensing periods are working days. */
public enum DayUnit {

	WORKING_DAYS("工作日"), NATURAL_DAYS("自然日");

	private final String label;

	DayUnit(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
