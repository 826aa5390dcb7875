package org.sanxiang.catalog;

/** Category of an enforcement power (职权类别). */
public enum PowerCategory {

	LICENSING("行政许可"), PENALTY("行政处罚"), COERCION("行政强制"), INSPECTION("行政检查"), OTHER("其他");

	private final String label;

	PowerCategory(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
