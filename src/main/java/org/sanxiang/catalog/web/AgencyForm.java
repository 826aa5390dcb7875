package org.sanxiang.catalog.web;

import org.sanxiang.catalog.Agency;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.EntryKind;

import org.springframework.validation.Errors;

import static org.sanxiang.catalog.web.Inputs.text;

/** 执法主体: name, 统一社会信用代码 (GB 32100, ID-1, checked by the catalog), contacts and 监督渠道. */
public class AgencyForm extends EntryForm<Agency> {

	private String creditCode;

	private String documentPrefix;

	private String address;

	private String phone;

	private String website;

	private String supervisionPhone;

	private String complaintAddress;

	private String complaintEmail;

	private String overview;

	/**
	 * ID-1: an early pilot code may fail the checksum yet be legal; then say why it is
	 * accepted.
	 */
	private String creditCodeOverrideReason;

	@Override
	EntryKind<Agency> kind() {
		return EntryKind.AGENCY;
	}

	@Override
	void fill(Agency a) {
		this.creditCode = a.creditCode();
		setName(a.name());
		this.documentPrefix = a.documentPrefix();
		this.address = a.address();
		this.phone = a.phone();
		this.website = a.website();
		this.supervisionPhone = a.supervisionPhone();
		this.complaintAddress = a.complaintAddress();
		this.complaintEmail = a.complaintEmail();
		this.overview = a.overview();
	}

	@Override
	Agency toEntry(String agencyCode, Catalog catalog, Errors errors) {
		String code = text(this.creditCode);
		return new Agency(code == null ? null : code.toUpperCase(), text(getName()), text(this.documentPrefix),
				text(this.address), text(this.phone), text(this.website), text(this.supervisionPhone),
				text(this.complaintAddress), text(this.complaintEmail), text(this.overview));
	}

	@Override
	String key() {
		return text(this.creditCode);
	}

	@Override
	void useKey(String key) {
		this.creditCode = key;
	}

	public String getCreditCode() {
		return this.creditCode;
	}

	public void setCreditCode(String creditCode) {
		this.creditCode = creditCode;
	}

	public String getDocumentPrefix() {
		return this.documentPrefix;
	}

	public void setDocumentPrefix(String documentPrefix) {
		this.documentPrefix = documentPrefix;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getSupervisionPhone() {
		return this.supervisionPhone;
	}

	public void setSupervisionPhone(String supervisionPhone) {
		this.supervisionPhone = supervisionPhone;
	}

	public String getComplaintAddress() {
		return this.complaintAddress;
	}

	public void setComplaintAddress(String complaintAddress) {
		this.complaintAddress = complaintAddress;
	}

	public String getComplaintEmail() {
		return this.complaintEmail;
	}

	public void setComplaintEmail(String complaintEmail) {
		this.complaintEmail = complaintEmail;
	}

	public String getCreditCodeOverrideReason() {
		return this.creditCodeOverrideReason;
	}

	public void setCreditCodeOverrideReason(String creditCodeOverrideReason) {
		this.creditCodeOverrideReason = creditCodeOverrideReason;
	}

	public String getOverview() {
		return this.overview;
	}

	public void setOverview(String overview) {
		this.overview = overview;
	}

}
