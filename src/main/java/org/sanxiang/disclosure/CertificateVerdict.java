package org.sanxiang.disclosure;

import java.time.LocalDate;

import org.sanxiang.catalog.Certificate;

/**
 * What the public is told when it checks a 行政执法证 (亮证, GS-2; 持证上岗, ZJ-1): the recorded
 * status first (注销 and 暂扣 outrank the dates), then whether the day lies within the
 * validity.
 */
enum CertificateVerdict {

	VALID("有效", "证件有效", "ok"), SUSPENDED("暂扣", "证件已暂扣", "warn"), REVOKED("注销", "证件已注销", "err"),
	EXPIRED("已过期", "证件已过期", "err"), NOT_YET_VALID("未生效", "证件尚未生效", "warn"), NOT_FOUND("未找到", "未找到该证件", "err"),
	/**
	 * The holder has left the agency (调离/退休; the catalog entry is retired): whatever the
	 * card says, they no longer enforce for this agency (ZJ-1), so this outranks every
	 * status of the card itself. The page adds the date: 该人员已不在本机关执法岗位（自 yyyy-MM-dd 起）.
	 */
	LEFT("已离岗", "该人员已不在本机关执法岗位", "err");

	private final String badge;

	private final String headline;

	private final String tone;

	CertificateVerdict(String badge, String headline, String tone) {
		this.badge = badge;
		this.headline = headline;
		this.tone = tone;
	}

	static CertificateVerdict of(Certificate certificate, LocalDate today) {
		if (certificate == null) {
			return NOT_FOUND;
		}
		return switch (certificate.standingOn(today)) {
			case VALID -> VALID;
			case SUSPENDED -> SUSPENDED;
			case REVOKED -> REVOKED;
			case EXPIRED -> EXPIRED;
			case NOT_YET_VALID -> NOT_YET_VALID;
		};
	}

	/** Short label for a status badge, e.g. 有效. */
	public String badge() {
		return this.badge;
	}

	/** The verdict sentence on the verification page, e.g. 证件有效. */
	public String headline() {
		return this.headline;
	}

	/** CSS tone: ok, warn or err. */
	public String tone() {
		return this.tone;
	}

	public boolean valid() {
		return this == VALID;
	}

}
