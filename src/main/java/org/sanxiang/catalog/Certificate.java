package org.sanxiang.catalog;

import java.time.LocalDate;

/**
 * 行政执法证.
 *
 * @param number 证件编号, unique across the installation
 * @param issuer 发证机关
 * @param validFrom first day of validity
 * @param validTo last day of validity (ZJ-2: national certificates run 5 years)
 */
public record Certificate(String number, String issuer, LocalDate validFrom, LocalDate validTo,
		CertificateStatus status) {

	/** Valid on a date: status 有效 and the date within validFrom..validTo inclusive. */
	/**
	 * Where the certificate stands on {@code date}: the recorded status first (注销 and 暂扣
	 * outrank the dates), then whether the day lies within the validity (持证上岗, ZJ-1).
	 */
	public Standing standingOn(LocalDate date) {
		if (this.status == CertificateStatus.REVOKED) {
			return Standing.REVOKED;
		}
		if (this.status == CertificateStatus.SUSPENDED) {
			return Standing.SUSPENDED;
		}
		if (this.validTo != null && date.isAfter(this.validTo)) {
			return Standing.EXPIRED;
		}
		if (this.validFrom != null && date.isBefore(this.validFrom)) {
			return Standing.NOT_YET_VALID;
		}
		return Standing.VALID;
	}

	/** Where a certificate stands on a day ({@link #standingOn}). */
	public enum Standing {

		VALID, SUSPENDED, REVOKED, EXPIRED, NOT_YET_VALID

	}

	public boolean validOn(LocalDate date) {
		return this.status == CertificateStatus.VALID && !date.isBefore(this.validFrom) && !date.isAfter(this.validTo);
	}

}
