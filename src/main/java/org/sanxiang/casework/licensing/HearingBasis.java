package org.sanxiang.casework.licensing;

/** Why a hearing is held. */
public enum HearingBasis {

	/**
	 * Law requires it, or a major public-interest matter: the agency announces it (第四十六条,
	 * XK-46).
	 */
	REQUIRED("依法应当听证", Rule.XK_46),
	/**
	 * Requested by the applicant or an interested party after the notice of the right
	 * (第四十七条, XK-47).
	 */
	REQUESTED("依申请听证", Rule.XK_47);

	private final String label;

	private final Rule rule;

	HearingBasis(String label, Rule rule) {
		this.label = label;
		this.rule = rule;
	}

	public String label() {
		return this.label;
	}

	public Rule rule() {
		return this.rule;
	}

}
