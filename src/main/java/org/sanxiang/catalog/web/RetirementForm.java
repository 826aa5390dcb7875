package org.sanxiang.catalog.web;

/** The 废止 form on an entry's history page: from when and why, both as typed. */
public class RetirementForm {

	private String effectiveFrom;

	private String reason;

	public String getEffectiveFrom() {
		return this.effectiveFrom;
	}

	public void setEffectiveFrom(String effectiveFrom) {
		this.effectiveFrom = effectiveFrom;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
