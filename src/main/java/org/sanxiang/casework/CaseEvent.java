package org.sanxiang.casework;

import java.util.UUID;

import org.sanxiang.journal.Journaled;

/**
 * Something that happened to a case, in the past tense. Each transition of a case raises
 * exactly one, inside the transaction that stores the transition, and the journal appends
 * it there (全过程记录, JL-1). Listeners (journal, disclosure, supervision) read ids and
 * values only.
 */
public sealed interface CaseEvent extends Journaled permits ApplicationReceived, CorrectionRequested,
		CorrectionSubmitted, ApplicationAccepted, ApplicationNotAccepted, OfficersAssigned, SiteInspectionRecorded,
		OpinionRecorded, DecisionPeriodExtended, ClockPaused, ClockResumed, HearingRightNotified, HearingRequested,
		HearingScheduled, HearingHeld, CaseDecided, DecisionDelivered, CaseArchived, LicenceChanged,
		InterestedPartiesNotified, StatementRecorded, PublicInterestMarked, RenewalApplied, RenewalDenied,
		RenewalDeemedGranted, MajorDecisionFlagged, MajorDecisionFlagCleared, FullRecordingMarked {

	Recorded recorded();

	default CaseId caseId() {
		return recorded().caseId();
	}

	@Override
	default String journalActor() {
		return recorded().actor().account();
	}

	@Override
	default UUID journalCase() {
		return caseId().value();
	}

}
