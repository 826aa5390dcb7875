package org.sanxiang.supervision.inspection;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanxiang.calendar.WorkingDays;
import org.sanxiang.casework.CaseStatistics;
import org.sanxiang.casework.CaseStatistics.DecidedCase;
import org.sanxiang.casework.CaseStatistics.RecordedAct;
import org.sanxiang.disclosure.PublishedDecisions;
import org.sanxiang.documents.Documents;
import org.sanxiang.evidence.EvidenceVault;
import org.sanxiang.evidence.EvidenceVault.ActivityRecording;
import org.sanxiang.review.MajorDecisions;

import org.springframework.stereotype.Component;

/**
 * The records a check reads, through the other modules' public APIs only: the closed
 * (decided) cases of a unit in a period, and for one case what its checklist is
 * pre-filled from — its publication, its recordings, its legal review and its documents.
 */
@Component
class CaseRecords {

	/** GS-3: licensing decisions are published within 7 working days. */
	static final int PUBLICATION_WORKING_DAYS = 7;

	private final CaseStatistics cases;

	private final PublishedDecisions publications;

	private final EvidenceVault evidence;

	private final MajorDecisions majorDecisions;

	private final Documents documents;

	private final WorkingDays workingDays;

	CaseRecords(CaseStatistics cases, PublishedDecisions publications, EvidenceVault evidence,
			MajorDecisions majorDecisions, Documents documents, WorkingDays workingDays) {
		this.cases = cases;
		this.publications = publications;
		this.evidence = evidence;
		this.majorDecisions = majorDecisions;
		this.documents = documents;
		this.workingDays = workingDays;
	}

	/**
	 * The population of a check: the cases of the unit's items decided in the period,
	 * ordered by case number (the order the seed draws from).
	 */
	List<DecidedCase> population(String unitCode, LocalDate from, LocalDate to) {
		return this.cases.decided(from, to)
			.stream()
			.filter(c -> unitCode.equals(c.itemUnitCode()))
			.sorted(Comparator.comparing(DecidedCase::number))
			.toList();
	}

	Checklist.CaseRecord record(DecidedCase c, LocalDate today, ZoneId zone) {
		List<Checklist.PublishedDecision> published = this.publications.ofCase(c.id().value())
			.stream()
			.map(p -> new Checklist.PublishedDecision(p.action(), p.dueOn(),
					p.publishedAt() == null ? null : p.publishedAt().atZone(zone).toLocalDate()))
			.toList();
		Map<String, ActivityRecording> recordings = new HashMap<>();
		if (!c.recordedActs().isEmpty()) {
			for (ActivityRecording r : this.evidence.recordingsOfCases(Set.of(c.id().value()))) {
				recordings.put(r.activity().name(), r);
			}
		}
		List<Checklist.Act> acts = c.recordedActs().stream().map(a -> act(a, recordings.get(a.activity()))).toList();
		String opinion = null;
		if (c.major()) {
			opinion = this.majorDecisions.made(c.decidedOn(), c.decidedOn())
				.stream()
				.filter(d -> d.caseId().equals(c.id().value()) && d.reviewed())
				.map(d -> d.opinionNumber() == null ? "（无编号）" : d.opinionNumber())
				.findFirst()
				.orElse(null);
		}
		List<Checklist.Document> docs = this.documents.ofCase(c.id())
			.stream()
			.map(d -> new Checklist.Document(d.templateCode(), d.title(), d.number(), d.valid()))
			.toList();
		LocalDate publicationDue = this.workingDays.addWorkingDays(c.decidedOn(), PUBLICATION_WORKING_DAYS);
		return new Checklist.CaseRecord(today, c.acceptedOn(), c.decidedOn(), c.granted(), c.decisionDue(),
				c.promisedDue(), publicationDue, published, acts, c.major(), opinion, docs);
	}

	private static Checklist.Act act(RecordedAct act, ActivityRecording held) {
		boolean recorded = held != null && held.recorded();
		String exemption = recorded || held == null ? null : held.approvedExemption();
		return new Checklist.Act(act.label(), act.on(), recorded, exemption);
	}

}
