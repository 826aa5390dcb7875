package org.sanxiang.catalog;

/** Status of a 行政执法证. */
public enum CertificateStatus {

	VALID("有效"), SUSPENDED("暂扣"), REVOKED("注销");

	private final String label;

	CertificateStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
