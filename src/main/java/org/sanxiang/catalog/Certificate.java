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
	public boolean validOn(LocalDate date) {
		return this.status == CertificateStatus.VALID && !date.isBefore(this.validFrom) && !date.isAfter(this.validTo);
	}

}
