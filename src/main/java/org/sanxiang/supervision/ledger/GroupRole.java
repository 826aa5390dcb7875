package org.sanxiang.supervision.ledger;

/** A member's place in the leadership group (领导小组). */
enum GroupRole {

	LEADER("组长"), DEPUTY("副组长"), MEMBER("成员");

	private final String label;

	GroupRole(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	static GroupRole parse(String value) {
		if (value == null) {
			return null;
		}
		String v = value.strip();
		for (GroupRole r : values()) {
			if (r.name().equalsIgnoreCase(v) || r.label.equals(v)) {
				return r;
			}
		}
		return null;
	}

}
