package org.sanxiang.casework.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.sanxiang.calendar.WorkingDays;
import org.sanxiang.casework.CaseDecided;
import org.sanxiang.casework.CaseEvent;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.CaseStatistics;
import org.sanxiang.casework.DecisionDelivered;
import org.sanxiang.casework.FullRecordingMarked;
import org.sanxiang.casework.HearingHeld;
import org.sanxiang.casework.SiteInspectionRecorded;
import org.sanxiang.casework.licensing.LicensingCase;
import org.sanxiang.platform.InputRejected;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decided cases for supervision, summarised from the stored case and its events.
 */
@Component
class CaseStatisticsReader implements CaseStatistics {

	private final LicensingCases cases;

	private final WorkingDays workingDays;

	CaseStatisticsReader(LicensingCases cases, WorkingDays workingDays) {
		this.cases = cases;
		this.workingDays = workingDays;
	}

	@Override
	@Transactional(readOnly = true)
	public List<DecidedCase> decided(LocalDate from, LocalDate to) {
		List<DecidedCase> decided = new ArrayList<>();
		for (CaseId id : this.cases.idsDecided()) {
			StoredCase stored = this.cases.find(id).orElse(null);
			if (stored == null) {
				continue;
			}
			DecidedCase summary = summary(stored, this.cases.events(id));
			if (summary != null && (from == null || !summary.decidedOn().isBefore(from))
					&& (to == null || !summary.decidedOn().isAfter(to))) {
				decided.add(summary);
			}
		}
		decided.sort(Comparator.comparing(DecidedCase::decidedOn).thenComparing(DecidedCase::number));
		return decided;
	}

	private DecidedCase summary(StoredCase stored, List<CaseEvent> events) {
		LicensingCase c = stored.licensingCase();
		CaseDecided decision = null;
		boolean itemRequires = c.item().content().mediaRecordRequired();
		boolean fullRecording = false;
		List<RecordedAct> acts = new ArrayList<>();
		for (CaseEvent event : events) {
			if (event instanceof CaseDecided d && decision == null) {
				decision = d;
			}
			else if (event instanceof FullRecordingMarked) {
				fullRecording = true;
			}
			else if (event instanceof SiteInspectionRecorded s && (itemRequires || fullRecording)) {
				// 现场核查 of an item that requires recording, or of a case marked for 全过程
				// (JL-3, JL-4)
				acts.add(new RecordedAct("SITE_INSPECTION", "现场核查", s.inspectedOn()));
			}
			else if (event instanceof HearingHeld h) {
				// 听证 is always recorded (JL-3)
				acts.add(new RecordedAct("HEARING", "听证", h.heldOn()));
			}
			else if (event instanceof DecisionDelivered d && ("留置送达".equals(d.method()) || "公告送达".equals(d.method()))) {
				// 留置 and 公告 are recorded on audio/video (JL-3b)
				acts.add(new RecordedAct("SERVICE", d.method(), d.deliveredOn()));
			}
		}
		if (decision == null) {
			return null;
		}
		LocalDate due = null;
		LocalDate promised = null;
		if (c.deadlines().acceptedOn() != null) {
			try {
				due = c.deadlines().decisionDue(this.workingDays, decision.decidedOn());
				promised = c.deadlines().promisedDue(this.workingDays, decision.decidedOn());
			}
			catch (InputRejected ex) {
				// a due date beyond the loaded calendar years: not counted against the
				// case
			}
		}
		return new DecidedCase(c.id(), stored.number(), c.item().content().code(), c.item().content().name(),
				c.item().content().unitCode(), c.item().content().agencyCode(), c.officers(),
				c.deadlines().acceptedOn(), decision.decidedOn(), due, promised, decision.granted(), decision.major(),
				acts);
	}

}
