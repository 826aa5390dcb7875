package org.sanxiang.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The public text of one recorded inspection's result (一公开), masked when it was made
 * (GS-5), with the day it was due (GS-3) and, once withdrawn, the public reason (GS-4).
 *
 * @param assignmentId the drawn inspection; also this publication's id
 * @param legalRepresentative 法定代表人, or a 个体工商户's operator with the given name masked
 * @param items the items checked, with their names when published
 * @param inspectors the drawn inspectors with their certificate numbers (GS-1)
 * @param dueOn the last day for publication: 20 working days after the inspection
 * @param publishedAt when it went public, or {@code null} while not yet
 */
record ResultPublication(UUID assignmentId, UUID planId, String planNumber, String agencyCode, String creditCode,
		String targetName, String targetCategory, String legalRepresentative, List<NamedItem> items,
		List<NamedOfficer> inspectors, LocalDate inspectedOn, String result, String findings, String followUp,
		LocalDate rectifyBy, LocalDate dueOn, Instant createdAt, Instant publishedAt, String publishedBy,
		Instant correctedAt, Instant withdrawnAt, String withdrawnBy, String withdrawalReason) {

	/** The results an inspection record may have. */
	static final List<String> RESULTS = List.of("未发现问题", "责令整改", "移送立案", "其他");

	ResultPublication {
		items = List.copyOf(items);
		inspectors = List.copyOf(inspectors);
	}

	public boolean published() {
		return this.publishedAt != null;
	}

	public boolean withdrawn() {
		return this.withdrawnAt != null;
	}

	/** 待公示, 已公示 or 已撤回. */
	public String statusLabel() {
		return withdrawn() ? "已撤回" : published() ? "已公示" : "待公示";
	}

	/** An item of the 随机抽查事项清单 with its name. */
	record NamedItem(String code, String name) {
	}

	/** An officer with the name and certificate number published under GS-1. */
	record NamedOfficer(String id, String name, String certificateNumber) {
	}

	/** A line of the public history: 公示, 更正 or 撤回, with its public note. */
	record History(Instant at, String change, String actor, String note) {
	}

}
