package org.sanxiang.review;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.journal.JournalEntry;

/**
 * 办案程序摘要 for the review package (SH-3): the case's history as its journal recorded it,
 * one line per act — when, what, who, why — so the reviewer sees the procedure as it was
 * recorded, not as the officer retells it. The review's own entries and the custody
 * entries of evidence (viewed, downloaded, exported) are not acts of the procedure and
 * are left out.
 */
final class ProcedureSummary {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("ApplicationReceived", "接收申请"),
			Map.entry("CorrectionRequested", "补正告知"), Map.entry("CorrectionSubmitted", "提交补正材料"),
			Map.entry("ApplicationAccepted", "受理"), Map.entry("ApplicationNotAccepted", "不予受理"),
			Map.entry("OfficersAssigned", "指派承办人"), Map.entry("SiteInspectionRecorded", "现场核查"),
			Map.entry("OpinionRecorded", "审查意见"), Map.entry("DecisionPeriodExtended", "延长审查期限"),
			Map.entry("ClockPaused", "中止计时"), Map.entry("ClockResumed", "恢复计时"),
			Map.entry("HearingRightNotified", "听证权利告知"), Map.entry("HearingRequested", "听证申请"),
			Map.entry("HearingScheduled", "听证通知"), Map.entry("HearingHeld", "听证笔录"), Map.entry("CaseDecided", "决定"),
			Map.entry("DecisionDelivered", "送达"), Map.entry("CaseArchived", "归档"), Map.entry("LicenceChanged", "证照变动"),
			Map.entry("InterestedPartiesNotified", "利害关系人告知"), Map.entry("StatementRecorded", "陈述申辩"),
			Map.entry("PublicInterestMarked", "认定涉及公共利益"), Map.entry("RenewalApplied", "申请延续"),
			Map.entry("RenewalDenied", "不予延续"), Map.entry("RenewalDeemedGranted", "视为准予延续"),
			Map.entry("EvidenceAdded", "上传证据"), Map.entry("EvidenceDeleted", "删除证据"),
			Map.entry("RecordingExemptionApproved", "批准免于音像记录"), Map.entry("EvidenceVerificationFailed", "证据校验不一致"));

	/** Entries that record custody or the review itself, not an act of the procedure. */
	private static final Set<String> NOT_PROCEDURE = Set.of("EvidenceViewed", "EvidenceDownloaded", "EvidenceExported",
			"EvidenceShared", "CaseRecordExported");

	private ProcedureSummary() {
	}

	/** The Chinese name of an event type, or the type itself when none is known. */
	static String label(String type) {
		return LABELS.getOrDefault(type, type);
	}

	static List<String> lines(List<JournalEntry> entries, JsonMapper json) {
		List<String> lines = new ArrayList<>();
		for (JournalEntry e : entries) {
			if (NOT_PROCEDURE.contains(e.type()) || reviewEvent(e.type())) {
				continue;
			}
			String reason = reason(e, json);
			lines.add(WHEN.format(e.at().atZone(CHINA)) + " " + label(e.type()) + "（" + e.actor() + "）"
					+ (reason.isEmpty() ? "" : "：" + reason));
		}
		return lines;
	}

	private static boolean reviewEvent(String type) {
		for (Class<?> permitted : ReviewEvent.class.getPermittedSubclasses()) {
			if (permitted.getSimpleName().equals(type)) {
				return true;
			}
		}
		return false;
	}

	private static String reason(JournalEntry e, JsonMapper json) {
		JsonNode payload = json.readTree(e.entry()).path("payload");
		String reason = payload.path("recorded").path("reason").asString("");
		if (reason.isEmpty()) {
			reason = payload.path("fileName").asString("");
		}
		return reason.length() > 200 ? reason.substring(0, 200) + "…" : reason;
	}

}
