package org.sanxiang.identity;

/**
 * Staff roles. A user may hold several. Spring Security authorities are
 * {@code ROLE_<name()>}.
 */
public enum Role {

	/**
	 * 窗口人员: receives applications, issues receipts, accepts/rejects/asks for correction.
	 */
	CLERK("窗口人员"),
	/** 执法人员 / 承办人: certified officer who investigates, inspects and drafts decisions. */
	OFFICER("执法人员"),
	/** 法制审核人员 (法规股): reviews major decisions on the seven points. */
	REVIEWER("法制审核人员"),
	/** 负责人: approves, extends deadlines, chairs collective discussion. */
	DIRECTOR("负责人"),
	/** 督查: ledger, inspections, KPIs, assessment. */
	SUPERVISOR("督查"),
	/** 管理员: master data, users, templates, holidays. */
	ADMIN("管理员");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	/** Chinese name shown in the UI. */
	public String label() {
		return this.label;
	}

	public String authority() {
		return "ROLE_" + name();
	}

	/** Parses an enum name or a Chinese label; null when neither matches. */
	public static Role parse(String value) {
		for (Role role : values()) {
			if (role.name().equalsIgnoreCase(value) || role.label.equals(value)) {
				return role;
			}
		}
		return null;
	}

}
