package org.sanxiang.supervision.inspection;

/**
 * 定期督查 (scheduled, drawn on or after its planned day) or 不定期督查 (ad hoc, any day).
 */
enum CheckKind {

	PERIODIC("定期督查"), ADHOC("不定期督查");

	private final String label;

	CheckKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	static CheckKind parse(String value) {
		if (value == null) {
			return null;
		}
		for (CheckKind k : values()) {
			if (k.name().equalsIgnoreCase(value.strip()) || k.label.equals(value.strip())) {
				return k;
			}
		}
		return null;
	}

}
