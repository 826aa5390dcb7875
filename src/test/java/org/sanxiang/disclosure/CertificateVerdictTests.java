package org.sanxiang.disclosure;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sanxiang.catalog.Certificate;
import org.sanxiang.catalog.CertificateStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** ZJ-1 持证上岗: the verdict the public sees for each state of a certificate. */
class CertificateVerdictTests {

	static final LocalDate FROM = LocalDate.of(2026, 1, 1);

	static final LocalDate TO = LocalDate.of(2030, 12, 31);

	@Test
	void aValidCertificateIsValidFromItsFirstToItsLastDayInclusive() {
		Certificate c = new Certificate("1", "新田县人民政府", FROM, TO, CertificateStatus.VALID);
		assertThat(CertificateVerdict.of(c, FROM)).isEqualTo(CertificateVerdict.VALID);
		assertThat(CertificateVerdict.of(c, TO)).isEqualTo(CertificateVerdict.VALID);
		assertThat(CertificateVerdict.of(c, TO.plusDays(1))).isEqualTo(CertificateVerdict.EXPIRED);
		assertThat(CertificateVerdict.of(c, FROM.minusDays(1))).isEqualTo(CertificateVerdict.NOT_YET_VALID);
	}

	@Test
	void suspensionAndRevocationOutrankTheDates() {
		LocalDate later = TO.plusYears(1);
		assertThat(CertificateVerdict.of(new Certificate("1", "x", FROM, TO, CertificateStatus.SUSPENDED), later))
			.isEqualTo(CertificateVerdict.SUSPENDED);
		assertThat(CertificateVerdict.of(new Certificate("1", "x", FROM, TO, CertificateStatus.REVOKED), FROM))
			.isEqualTo(CertificateVerdict.REVOKED);
	}

	@Test
	void noCertificateIsNotFound() {
		assertThat(CertificateVerdict.of(null, FROM)).isEqualTo(CertificateVerdict.NOT_FOUND);
		assertThat(CertificateVerdict.NOT_FOUND.headline()).isEqualTo("未找到该证件");
	}

}
