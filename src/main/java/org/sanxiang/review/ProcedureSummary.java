package org.sanxiang.review;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.journal.EntryTypes;
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

	/** Entries that record custody or the review itself, not an act of the procedure. */
	private static final Set<String> NOT_PROCEDURE = Set.of("EvidenceViewed", "EvidenceDownloaded", "EvidenceExported",
			"EvidenceShared", "CaseRecordExported");

	private ProcedureSummary() {
	}

	/** The Chinese name of an event type, or the type itself when none is known. */
	static String label(String type) {
		return EntryTypes.label(type);
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
