package org.sanxiang.documents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.identity.Role;
import org.sanxiang.journal.JournalEntry;
import org.sanxiang.journal.TimelineNotes;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the case's journal timeline (可回溯) says beside the documents' entries: the number
 * and title of the document issued, voided (with the reason) or moved to another status,
 * and the case file assembled, each linked to its PDF for the staff who may read it (the
 * roles the security configuration lets read documents and case files).
 */
@Component
class DocumentTimelineNotes implements TimelineNotes {

	private static final Set<String> READING_ROLES = Set.of(Role.CLERK.authority(), Role.OFFICER.authority(),
			Role.DIRECTOR.authority(), Role.REVIEWER.authority(), Role.SUPERVISOR.authority());

	private final JdbcIssuedDocuments documents;

	private final JsonMapper json;

	DocumentTimelineNotes(JdbcIssuedDocuments documents, JsonMapper json) {
		this.documents = documents;
		this.json = json;
	}

	@Override
	public Map<Long, Note> notes(UUID caseId, List<JournalEntry> entries) {
		Map<Long, Note> notes = new LinkedHashMap<>();
		Map<String, IssuedDocument> byNumber = null;
		boolean mayRead = viewerMayRead();
		for (JournalEntry entry : entries) {
			String type = entry.type();
			boolean document = type.equals("DocumentIssued") || type.equals("DocumentVoided")
					|| type.equals("DocumentStatusChanged");
			if (!document && !type.equals("CaseFileAssembled")) {
				continue;
			}
			JsonNode payload = this.json.readTree(entry.entry()).path("payload");
			if (type.equals("CaseFileAssembled")) {
				notes.put(entry.seq(),
						new Note(
								"电子案卷，共" + payload.path("pages").asInt() + "页（文书" + payload.path("documents").asInt()
										+ "件、证据" + payload.path("evidence").asInt() + "件）",
								mayRead ? "/api/v1/cases/" + caseId + "/case-file.pdf" : null));
				continue;
			}
			if (byNumber == null) {
				byNumber = this.documents.ofCase(caseId)
					.stream()
					.collect(Collectors.toMap(IssuedDocument::number, Function.identity(), (a, b) -> a));
			}
			String number = payload.path("number").asString("");
			IssuedDocument issued = byNumber.get(number);
			String title = payload.path("title").asString(issued == null ? "" : issued.title());
			StringBuilder text = new StringBuilder(number);
			if (!title.isEmpty()) {
				text.append("《").append(title).append("》");
			}
			if (type.equals("DocumentVoided")) {
				text.append("，理由：").append(payload.path("reason").asString(""));
			}
			else if (type.equals("DocumentStatusChanged")) {
				text.append("：")
					.append(payload.path("from").asString(""))
					.append(" → ")
					.append(payload.path("to").asString(""));
			}
			String url = mayRead && issued != null ? "/api/v1/documents/" + issued.id() + "/pdf" : null;
			notes.put(entry.seq(), new Note(text.toString(), url));
		}
		return notes;
	}

	private static boolean viewerMayRead() {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		return who != null
				&& who.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(READING_ROLES::contains);
	}

}
