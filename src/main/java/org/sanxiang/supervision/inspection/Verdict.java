package org.sanxiang.supervision.inspection;

/** The answer to one point of a checklist. */
enum Verdict {

	PASS("符合"), FAIL("不符合"), NOT_APPLICABLE("不适用");

	private final String label;

	Verdict(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	static Verdict parse(String value) {
		if (value == null) {
			return null;
		}
		for (Verdict v : values()) {
			if (v.name().equalsIgnoreCase(value.strip()) || v.label.equals(value.strip())) {
				return v;
			}
		}
		return null;
	}

}
