package org.sanxiang.journal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The journal in the console. 管理员 and 督查 see the log, its signed heads, and run a
 * verification; any staff member replays one case's entries (可回溯) — each with the
 * evidence it concerns, playable in place, as the modules that keep evidence contribute
 * it ({@link TimelineEvidence}), and what other entries concern, e.g. a document's number
 * and title ({@link TimelineNotes}) — and exports them with their proofs as one file that
 * can be checked without the platform.
 */
@Controller
class JournalConsoleController {

	private final Journal journal;

	private final JournalVerifier verifier;

	private final JsonMapper json;

	private final ObjectProvider<TimelineEvidence> evidence;

	private final ObjectProvider<TimelineNotes> notes;

	JournalConsoleController(Journal journal, JournalVerifier verifier, JsonMapper json,
			ObjectProvider<TimelineEvidence> evidence, ObjectProvider<TimelineNotes> notes) {
		this.journal = journal;
		this.verifier = verifier;
		this.evidence = evidence;
		this.notes = notes;
		this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
	}

	@GetMapping("/console/journal")
	@PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
	String overview(Model model) {
		model.addAttribute("size", this.journal.size());
		model.addAttribute("algorithm", this.journal.hashAlgorithm().label());
		model.addAttribute("head", this.journal.latestTreeHead().orElse(null));
		model.addAttribute("heads", this.journal.latestTreeHeads(20));
		model.addAttribute("entries", this.journal.latest(50));
		model.addAttribute("labels", EntryTypes.labels());
		return "journal/console";
	}

	@PostMapping("/console/journal/verify")
	@PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
	String verify(Model model) {
		model.addAttribute("verification", this.verifier.verify());
		return overview(model);
	}

	@GetMapping("/console/journal/cases/{caseId}")
	String caseRecord(@PathVariable UUID caseId, Model model) {
		List<JournalEntry> entries = this.journal.entriesOfCase(caseId);
		Map<Long, List<TimelineEvidence.Exhibit>> exhibits = new HashMap<>();
		this.evidence.orderedStream()
			.forEach(source -> source.exhibits(caseId, entries)
				.forEach((seq, shown) -> exhibits.computeIfAbsent(seq, s -> new ArrayList<>()).addAll(shown)));
		Map<Long, TimelineNotes.Note> notes = new HashMap<>();
		this.notes.orderedStream().forEach(source -> notes.putAll(source.notes(caseId, entries)));
		model.addAttribute("caseId", caseId);
		model.addAttribute("entries", entries);
		model.addAttribute("exhibits", exhibits);
		model.addAttribute("notes", notes);
		model.addAttribute("head", this.journal.latestTreeHead().orElse(null));
		model.addAttribute("labels", EntryTypes.labels());
		return "journal/case";
	}

	@GetMapping("/console/journal/cases/{caseId}/export")
	ResponseEntity<byte[]> export(@PathVariable UUID caseId, Authentication who) {
		CaseRecordExport export = this.journal.exportCase(caseId, who.getName());
		byte[] body = this.json.writeValueAsString(export).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("案件全过程记录-" + caseId + ".json", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(body);
	}

}
