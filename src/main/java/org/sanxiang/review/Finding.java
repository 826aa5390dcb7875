package org.sanxiang.review;

/** The answer to one of the seven points (SH-4). */
public enum Finding {

	COMPLIANT("符合"), NON_COMPLIANT("不符合"), NEEDS_SUPPLEMENT("需补充");

	private final String label;

	Finding(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
