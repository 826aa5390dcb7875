package org.sanxiang.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.identity.Role;
import org.sanxiang.journal.JournalEntry;
import org.sanxiang.journal.TimelineEvidence;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The evidence a case's journal timeline shows (可回溯, JL-1): each evidence entry (stored,
 * viewed, downloaded, exported, shared, deleted, found altered) shows the item it names;
 * each entry that records an activity having taken place shows the recordings of that
 * activity (JL-3). A recording belongs to the activity entry of the day it was captured;
 * failing that, to the first such entry journaled after its upload (the recording gates
 * ask for it before the act is recorded), else to the last one.
 */
@Component
class EvidenceTimeline implements TimelineEvidence {

	/**
	 * Journal entry types that record an activity having taken place, with the payload
	 * field naming the day it took place. They are entry types of the journal (the names
	 * its timeline shows), not types this module depends on.
	 */
	private static final Map<String, ActivityEntry> ACTIVITY_ENTRIES = Map.of("SiteInspectionRecorded",
			new ActivityEntry(Activity.SITE_INSPECTION, "inspectedOn"), "HearingHeld",
			new ActivityEntry(Activity.HEARING, "heldOn"), "DecisionDelivered",
			new ActivityEntry(Activity.SERVICE, "deliveredOn"));

	private static final Set<String> OPENING_ROLES = Set.of(Role.OFFICER.authority(), Role.CLERK.authority(),
			Role.DIRECTOR.authority(), Role.REVIEWER.authority(), Role.SUPERVISOR.authority());

	private record ActivityEntry(Activity activity, String dayField) {
	}

	/** An entry that records an activity: its place, its day (if given) and time. */
	private record Occurrence(long seq, Activity activity, LocalDate day, Instant at) {
	}

	private final EvidenceVault vault;

	private final JsonMapper json;

	EvidenceTimeline(EvidenceVault vault, JsonMapper json) {
		this.vault = vault;
		this.json = json;
	}

	@Override
	public Map<Long, List<Exhibit>> exhibits(UUID caseId, List<JournalEntry> entries) {
		List<EvidenceItem> items = this.vault.historyOf(caseId);
		if (items.isEmpty()) {
			return Map.of();
		}
		Map<UUID, EvidenceItem> byId = items.stream().collect(Collectors.toMap(EvidenceItem::id, Function.identity()));
		boolean mayOpen = viewerMayOpen();
		Map<Long, List<Exhibit>> shown = new LinkedHashMap<>();
		List<Occurrence> activities = new ArrayList<>();
		for (JournalEntry entry : entries) {
			ActivityEntry activity = ACTIVITY_ENTRIES.get(entry.type());
			if (activity == null && !entry.type().startsWith("Evidence")) {
				continue;
			}
			JsonNode payload = this.json.readTree(entry.entry()).path("payload");
			if (activity != null) {
				activities.add(new Occurrence(entry.seq(), activity.activity(),
						day(payload.path(activity.dayField()).stringValue(null)), entry.at()));
				continue;
			}
			EvidenceItem item = byId.get(uuid(payload.path("evidenceId").stringValue(null)));
			if (item != null) {
				shown.computeIfAbsent(entry.seq(), s -> new ArrayList<>()).add(exhibit(item, mayOpen));
			}
		}
		for (EvidenceItem item : items) {
			occurrenceOf(item, activities)
				.ifPresent(o -> shown.computeIfAbsent(o.seq(), s -> new ArrayList<>()).add(exhibit(item, mayOpen)));
		}
		shown.values().forEach(list -> list.sort(Comparator.comparing(Exhibit::captureStart)));
		return shown;
	}

	private static Optional<Occurrence> occurrenceOf(EvidenceItem item, List<Occurrence> activities) {
		List<Occurrence> candidates = activities.stream().filter(o -> o.activity() == item.activity()).toList();
		if (candidates.isEmpty()) {
			return Optional.empty();
		}
		LocalDate captured = LocalDate.ofInstant(item.captureStart(), EvidenceVault.CHINA);
		return candidates.stream()
			.filter(o -> captured.equals(o.day()))
			.findFirst()
			.or(() -> candidates.stream().filter(o -> !o.at().isBefore(item.uploadedAt())).findFirst())
			.or(() -> Optional.of(candidates.get(candidates.size() - 1)));
	}

	private static Exhibit exhibit(EvidenceItem item, boolean mayOpen) {
		String content = (item.deleted() || !mayOpen) ? null
				: UriComponentsBuilder.fromPath("/api/v1/evidence/{id}/content")
					.buildAndExpand(item.id())
					.toUriString();
		String page = !mayOpen ? null
				: UriComponentsBuilder.fromPath("/console/evidence")
					.queryParam("caseId", item.caseId())
					.fragment("evidence-" + item.id())
					.build()
					.toUriString();
		return new Exhibit(item.id(), item.fileName(), item.mediaType(), item.activity().label(), item.captureStart(),
				item.captureEnd(), item.sha256(), item.sm3(), content, page, item.deleted());
	}

	/**
	 * Whether the viewer may open evidence: the staff who record, keep and decide on it
	 * (窗口人员, 执法人员, 负责人), as the security rules of {@code /api/v1/evidence} say. Others
	 * who replay the case see what was recorded and its digests, not the content.
	 */
	private static boolean viewerMayOpen() {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		return who != null
				&& who.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(OPENING_ROLES::contains);
	}

	private static UUID uuid(String text) {
		try {
			return text == null ? null : UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static LocalDate day(String text) {
		try {
			return text == null ? null : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
