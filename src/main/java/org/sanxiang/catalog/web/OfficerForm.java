package org.sanxiang.catalog.web;

import java.time.LocalDate;
import java.util.UUID;

import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.Certificate;
import org.sanxiang.catalog.CertificateStatus;
import org.sanxiang.catalog.EntryKind;
import org.sanxiang.catalog.Officer;

import org.springframework.validation.Errors;

import static org.sanxiang.catalog.web.Inputs.text;

/**
 * 行政执法人员 and the 行政执法证 they hold (ZJ-1 持证上岗; ZJ-2 national certificates). The nested
 * {@code certificate.*} fields carry the same paths as the catalog's errors, e.g.
 * {@code certificate.validTo}.
 */
public class OfficerForm extends EntryForm<Officer> {

	private String id;

	private String unitCode;

	private String post;

	private CertificateFields certificate = new CertificateFields();

	private String areas;

	private String account;

	private boolean example;

	@Override
	EntryKind<Officer> kind() {
		return EntryKind.OFFICER;
	}

	@Override
	void fill(Officer o) {
		this.id = o.id();
		setName(o.name());
		this.unitCode = o.unitCode();
		this.post = o.post();
		this.certificate = new CertificateFields();
		Certificate c = o.certificate();
		if (c != null) {
			this.certificate.setNumber(c.number());
			this.certificate.setIssuer(c.issuer());
			this.certificate.setValidFrom(c.validFrom() == null ? null : c.validFrom().toString());
			this.certificate.setValidTo(c.validTo() == null ? null : c.validTo().toString());
			this.certificate.setStatus(c.status() == null ? null : c.status().name());
		}
		this.areas = Inputs.joinLines(o.areas());
		this.account = o.account();
		this.example = o.example();
	}

	@Override
	Officer toEntry(String agencyCode, Catalog catalog, Errors errors) {
		String officerId = text(this.id);
		if (officerId == null) {
			// A stable id that survives reissued certificates; people never need to type
			// it.
			officerId = "officer-" + UUID.randomUUID().toString().substring(0, 8);
			this.id = officerId;
		}
		return new Officer(officerId, agencyCode, text(getName()), text(this.unitCode), text(this.post),
				certificate(errors), Inputs.lines(this.areas), text(this.account), this.example);
	}

	private Certificate certificate(Errors errors) {
		CertificateFields c = this.certificate;
		if (c == null || c.isBlank()) {
			return null;
		}
		LocalDate from = Inputs.date(c.getValidFrom(), "certificate.validFrom", "有效期起", true, errors);
		LocalDate to = Inputs.date(c.getValidTo(), "certificate.validTo", "有效期至", true, errors);
		CertificateStatus status = Inputs.choice(CertificateStatus.class, c.getStatus(), "certificate.status", "证件状态",
				true, errors);
		return new Certificate(text(c.getNumber()), text(c.getIssuer()), from, to, status);
	}

	@Override
	String key() {
		return text(this.id);
	}

	@Override
	void useKey(String key) {
		this.id = key;
	}

	public String getId() {
		return this.id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public String getUnitCode() {
		return this.unitCode;
	}

	public void setUnitCode(String unitCode) {
		this.unitCode = unitCode;
	}

	public String getPost() {
		return this.post;
	}

	public void setPost(String post) {
		this.post = post;
	}

	public CertificateFields getCertificate() {
		return this.certificate;
	}

	public void setCertificate(CertificateFields certificate) {
		this.certificate = certificate;
	}

	public String getAreas() {
		return this.areas;
	}

	public void setAreas(String areas) {
		this.areas = areas;
	}

	public String getAccount() {
		return this.account;
	}

	public void setAccount(String account) {
		this.account = account;
	}

	public boolean isExample() {
		return this.example;
	}

	public void setExample(boolean example) {
		this.example = example;
	}

	/** The 行政执法证 as typed. */
	public static class CertificateFields {

		private String number;

		private String issuer;

		private String validFrom;

		private String validTo;

		private String status = CertificateStatus.VALID.name();

		boolean isBlank() {
			return Inputs.blank(this.number) && Inputs.blank(this.issuer) && Inputs.blank(this.validFrom)
					&& Inputs.blank(this.validTo);
		}

		public String getNumber() {
			return this.number;
		}

		public void setNumber(String number) {
			this.number = number;
		}

		public String getIssuer() {
			return this.issuer;
		}

		public void setIssuer(String issuer) {
			this.issuer = issuer;
		}

		public String getValidFrom() {
			return this.validFrom;
		}

		public void setValidFrom(String validFrom) {
			this.validFrom = validFrom;
		}

		public String getValidTo() {
			return this.validTo;
		}

		public void setValidTo(String validTo) {
			this.validTo = validTo;
		}

		public String getStatus() {
			return this.status;
		}

		public void setStatus(String status) {
			this.status = status;
		}

	}

}
