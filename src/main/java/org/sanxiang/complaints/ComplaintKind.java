package org.sanxiang.complaints;

/** 投诉 (about how one was treated) or 举报 (reporting a wrong). */
enum ComplaintKind {

	COMPLAINT("投诉"), REPORT("举报");

	private final String label;

	ComplaintKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	static ComplaintKind parse(String value) {
		for (ComplaintKind kind : values()) {
			if (kind.name().equalsIgnoreCase(value) || kind.label.equals(value)) {
				return kind;
			}
		}
		return null;
	}

}
