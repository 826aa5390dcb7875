package org.sanxiang.casework;

/**
 * Something that happened to a case, in the past tense. Each transition of a case raises
 * exactly one. Listeners (journal, disclosure, supervision) read ids and values only.
 */
public sealed interface CaseEvent permits ApplicationReceived, CorrectionRequested, CorrectionSubmitted,
		ApplicationAccepted, ApplicationNotAccepted, OfficersAssigned, SiteInspectionRecorded, OpinionRecorded,
		DecisionPeriodExtended, ClockPaused, ClockResumed, HearingRightNotified, HearingRequested, HearingScheduled,
		HearingHeld, CaseDecided, DecisionDelivered, CaseArchived, LicenceChanged, InterestedPartiesNotified,
		StatementRecorded, PublicInterestMarked, RenewalApplied, RenewalDenied, RenewalDeemedGranted {

	Recorded recorded();

	default CaseId caseId() {
		return recorded().caseId();
	}

}
