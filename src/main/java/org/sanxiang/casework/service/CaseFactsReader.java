package org.sanxiang.casework.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.sanxiang.calendar.WorkingDays;
import org.sanxiang.casework.CaseFacts;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.CaseSnapshot;
import org.sanxiang.casework.licensing.CaseAction;
import org.sanxiang.casework.licensing.MajorMatch;
import org.sanxiang.casework.licensing.Deadline;
import org.sanxiang.casework.licensing.Licence;
import org.sanxiang.casework.licensing.LicensingCase;
import org.sanxiang.casework.licensing.LicensingState;
import org.sanxiang.casework.licensing.Urgency;
import org.sanxiang.platform.InputRejected;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The licensing case as {@link CaseFacts} give it to other modules: the stored case, its
 * events and its clocks on today's date.
 */
@Component
class CaseFactsReader implements CaseFacts {

	private final LicensingCases cases;

	private final WorkingDays workingDays;

	private final Clock clock;

	CaseFactsReader(LicensingCases cases, WorkingDays workingDays, Clock clock) {
		this.cases = cases;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CaseSnapshot> find(CaseId id) {
		return this.cases.find(id).map(stored -> snapshot(stored, this.cases.events(id)));
	}

	@Override
	@Transactional(readOnly = true)
	public List<CaseSnapshot> awaitingMajorDecision() {
		return this.cases.idsInState(LicensingState.UnderReview.class.getSimpleName())
			.stream()
			.map(this::find)
			.flatMap(Optional::stream)
			.filter(c -> !c.majorDecisions().isEmpty())
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<CaseId> decided() {
		return this.cases.idsDecided();
	}

	private CaseSnapshot snapshot(StoredCase stored, List<org.sanxiang.casework.CaseEvent> history) {
		LicensingCase c = stored.licensingCase();
		LocalDate today = LocalDate.now(this.clock);
		List<CaseSnapshot.Clock> clocks = new ArrayList<>();
		LocalDate decisionDue = null;
		try {
			for (Deadline d : c.clocks(this.workingDays, today)) {
				clocks.add(new CaseSnapshot.Clock(d.name(), d.due(), d.workingDaysLeft(), d.urgency().label(),
						d.urgency() == Urgency.OVERDUE, d.paused(), d.rule().id()));
			}
			if (c.deadlines().acceptedOn() != null && c.deadlines().decidedOn() == null) {
				decisionDue = c.deadlines().decisionDue(this.workingDays, today);
			}
		}
		catch (InputRejected ex) {
			// a due date beyond the loaded calendar years: the facts without clocks
			clocks.clear();
		}
		return new CaseSnapshot(c.id(), stored.number(), c.itemVersion(), c.item().content().agencyCode(),
				c.applicant(), c.state().label(), LicensingCases.stateName(c), c.officers(), c.hearingRecord(),
				c.requiredHearing(), c.major(), c.deadlines().acceptedOn(), decisionDue, clocks, majorDecisions(c),
				history, c.majorConditions().stream().map(m -> m.label() + "（" + m.source().label() + "）").toList(),
				discussion(c), details(stored.applicant()), licence(c.licence()));
	}

	/** The applicant as documents print them: never the ID number (GS-5, GS-7). */
	private static CaseSnapshot.ApplicantDetails details(Applicant a) {
		if (a == null) {
			return null;
		}
		String kind = a.kind() == Applicant.ApplicantKind.PERSON ? "自然人" : "法人和其他组织";
		return new CaseSnapshot.ApplicantDetails(kind, a.name(), a.creditCode(), a.contactName(), a.contactPhone(),
				a.contactAddress(), a.legalRepresentative());
	}

	private static CaseSnapshot.Licence licence(Licence licence) {
		return licence == null ? null : new CaseSnapshot.Licence(licence.number(), licence.validFrom(),
				licence.validTo(), licence.status().label());
	}

	/**
	 * The decisions that need a passed legal review and the case may take now: 准予 or 不予
	 * of a major case before its decision, 撤回 or 撤销 of a licence in force, and 变更, 延续 or
	 * 不予延续 of a major case's licence (SH-2).
	 */
	private static List<String> majorDecisions(LicensingCase c) {
		List<String> decisions = new ArrayList<>();
		if (c.major() && c.state().actions().contains(CaseAction.GRANT)) {
			decisions.add(CaseAction.GRANT.label());
			decisions.add(CaseAction.DENY.label());
		}
		for (CaseAction act : List.of(CaseAction.ALTER_LICENCE, CaseAction.RENEW_LICENCE, CaseAction.DENY_RENEWAL,
				CaseAction.WITHDRAW_LICENCE, CaseAction.REVOKE_LICENCE)) {
			if (c.allowedActions().contains(act) && !c.majorConditions(act).isEmpty()) {
				decisions.add(act.label());
			}
		}
		return decisions;
	}

	/**
	 * Why the catalogue asks for the leaders' collective discussion of the case (the
	 * conditions met that need it), or {@code null}.
	 */
	private static String discussion(LicensingCase c) {
		List<String> needing = c.majorConditions()
			.stream()
			.filter(MajorMatch::collectiveDiscussion)
			.map(MajorMatch::label)
			.toList();
		return needing.isEmpty() ? null : "本案属于“" + String.join("”“", needing) + "”，按重大执法决定法制审核目录须经集体讨论";
	}

}
