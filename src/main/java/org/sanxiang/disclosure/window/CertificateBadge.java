package org.sanxiang.disclosure.window;

import java.time.LocalDate;

import org.sanxiang.catalog.Certificate;

/**
 * The status of an officer's 行政执法证 on a given day as the board shows it (亮证, GS-2; 持证上岗,
 * ZJ-1): the recorded status first (注销 and 暂扣 outrank the dates), then whether the day
 * lies within the validity. The same order as the portal's certificate verification.
 */
enum CertificateBadge {

	VALID("有效", "ok"), SUSPENDED("暂扣", "warn"), REVOKED("已注销", "err"), EXPIRED("已过期", "err"),
	NOT_YET_VALID("未生效", "warn"), NONE("无执法证", "err");

	private final String label;

	private final String tone;

	CertificateBadge(String label, String tone) {
		this.label = label;
		this.tone = tone;
	}

	static CertificateBadge of(Certificate certificate, LocalDate today) {
		if (certificate == null) {
			return NONE;
		}
		return switch (certificate.standingOn(today)) {
			case VALID -> VALID;
			case SUSPENDED -> SUSPENDED;
			case REVOKED -> REVOKED;
			case EXPIRED -> EXPIRED;
			case NOT_YET_VALID -> NOT_YET_VALID;
		};
	}

	public String label() {
		return this.label;
	}

	public String tone() {
		return this.tone;
	}

}
