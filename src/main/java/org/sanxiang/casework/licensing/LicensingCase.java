package org.sanxiang.casework.licensing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.sanxiang.calendar.WorkingDays;
import org.sanxiang.casework.Actor;
import org.sanxiang.casework.ApplicationAccepted;
import org.sanxiang.casework.ApplicationNotAccepted;
import org.sanxiang.casework.ApplicationReceived;
import org.sanxiang.casework.CaseArchived;
import org.sanxiang.casework.CaseDecided;
import org.sanxiang.casework.CaseEvent;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.ClockPaused;
import org.sanxiang.casework.ClockResumed;
import org.sanxiang.casework.CorrectionRequested;
import org.sanxiang.casework.CorrectionSubmitted;
import org.sanxiang.casework.DecisionDelivered;
import org.sanxiang.casework.DecisionPeriodExtended;
import org.sanxiang.casework.FullRecordingMarked;
import org.sanxiang.casework.HearingHeld;
import org.sanxiang.casework.HearingRequested;
import org.sanxiang.casework.HearingRightNotified;
import org.sanxiang.casework.HearingScheduled;
import org.sanxiang.casework.InterestedPartiesNotified;
import org.sanxiang.casework.ItemVersion;
import org.sanxiang.casework.LicenceChanged;
import org.sanxiang.casework.MajorDecisionFlagCleared;
import org.sanxiang.casework.MajorDecisionFlagged;
import org.sanxiang.casework.OfficersAssigned;
import org.sanxiang.casework.OpinionRecorded;
import org.sanxiang.casework.ProposedDecision;
import org.sanxiang.casework.PublicInterestMarked;
import org.sanxiang.casework.Recorded;
import org.sanxiang.casework.RenewalApplied;
import org.sanxiang.casework.RenewalDeemedGranted;
import org.sanxiang.casework.RenewalDenied;
import org.sanxiang.casework.SiteInspectionRecorded;
import org.sanxiang.casework.StatementRecorded;
import org.sanxiang.casework.licensing.LicensingState.AwaitingCorrection;
import org.sanxiang.casework.licensing.LicensingState.Decided;
import org.sanxiang.casework.licensing.LicensingState.Delivered;
import org.sanxiang.casework.licensing.LicensingState.Granted;
import org.sanxiang.casework.licensing.LicensingState.HearingPending;
import org.sanxiang.casework.licensing.LicensingState.NotAccepted;
import org.sanxiang.casework.licensing.LicensingState.Received;
import org.sanxiang.casework.licensing.LicensingState.UnderReview;
import org.sanxiang.catalog.Item;
import org.sanxiang.catalog.MajorCondition;
import org.sanxiang.catalog.Officer;
import org.sanxiang.catalog.Versioned;

import static org.sanxiang.casework.licensing.CaseAction.*;

/**
 * 行政许可案件: one application from receipt to archive, and the licence it granted. Immutable:
 * every transition returns an {@link Outcome} — the next case (revision + 1) with the one
 * event that records it, or a {@link TransitionRefused} when the state does not allow the
 * action or a policy refuses it. The day of an act is given by the caller and checked
 * against today on the injected clock (JL-1); the time recorded on the event is the
 * clock's.
 *
 * @param item the catalog item version in force on the day of receipt (what the case
 * applies)
 * @param officers ids of the assigned case officers (承办人), who review the case
 * @param hearingRightNotifiedOn the day the right to a hearing was told (XK-47), if it
 * was
 * @param hearingRecord the reference of the hearing record (听证笔录), once a hearing was
 * held (XK-48)
 * @param licence the licence a grant issued; {@code null} otherwise
 * @param interestedParties the interested parties told of the application (XK-36), in the
 * order told
 * @param requiredHearing why the law requires a hearing before the decision (XK-46) — a
 * major matter involving the public interest, or a hearing the officer ordered as
 * required; {@code null} when none is required
 * @param renewal the holder's application to renew the licence, awaiting a decision
 * (XK-50); {@code null} when none is pending
 * @param fullRecording why the case's on-site acts directly affect personal liberty, life
 * and health, or major property, so that every activity recorded on audio/video is
 * recorded in full, without a gap (JL-4); {@code null} when the officer found no such
 * thing
 * @param majorAssessment the legal-review catalogue the case applies, the officers' flags
 * and the conditions a 负责人 set aside (SH-2): what {@link #majorConditions()} reads
 * @param revision 0 on receipt, +1 per transition (for optimistic locking when stored)
 */
public record LicensingCase(CaseId id, Versioned<Item> item, String applicant, LicensingState state,
		CaseDeadlines deadlines, List<String> officers, LocalDate hearingRightNotifiedOn, String hearingRecord,
		Licence licence, List<String> interestedParties, String requiredHearing, RenewalApplication renewal,
		String fullRecording, MajorAssessment majorAssessment, int revision) {

	public LicensingCase {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(item, "item");
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(deadlines, "deadlines");
		officers = officers == null ? List.of() : List.copyOf(officers);
		interestedParties = interestedParties == null ? List.of() : List.copyOf(interestedParties);
		// a case stored before the catalogue existed applies the minimum of SH-2
		majorAssessment = majorAssessment == null ? new MajorAssessment(null, null, null) : majorAssessment;
	}

	/** A case under the minimum catalogue of SH-2, without flags. */
	public LicensingCase(CaseId id, Versioned<Item> item, String applicant, LicensingState state,
			CaseDeadlines deadlines, List<String> officers, LocalDate hearingRightNotifiedOn, String hearingRecord,
			Licence licence, List<String> interestedParties, String requiredHearing, RenewalApplication renewal,
			int revision) {
		this(id, item, applicant, state, deadlines, officers, hearingRightNotifiedOn, hearingRecord, licence,
				interestedParties, requiredHearing, renewal, null, null, revision);
	}

	// --- intake and acceptance (行政许可法 第三十二条) ---

	/**
	 * 接收申请: the materials arrived on {@code receivedOn}; the correction window starts
	 * (XK-32b).
	 */
	public static Outcome receive(CaseId id, Versioned<Item> item, String applicant, Actor actor, LocalDate receivedOn,
			LicensingRules rules) {
		Verdict verdict = Verdict.all(RecordedDatePolicy.check("接收日期", receivedOn, null, rules.today()),
				applicant == null || applicant.isBlank() ? Verdict.refused("请填写申请人", Rule.XK_32) : Verdict.ALLOWED);
		if (verdict instanceof Verdict.Refused r) {
			return new TransitionRefused("未接收", RECEIVE, r.reason(), r.rule(), List.of(RECEIVE));
		}
		CaseDeadlines deadlines = CaseDeadlines.receivedOn(receivedOn, item.content().statutoryLimit(),
				item.content().promisedLimit());
		// SH-2: the catalogue in force on the day of receipt, kept like the item version
		List<MajorCondition> catalogue = rules.reviewCatalogue().conditions(item.content().agencyCode(), receivedOn);
		LicensingCase received = new LicensingCase(id, item, applicant, new Received(receivedOn, false), deadlines,
				List.of(), null, null, null, List.of(), null, null, null, MajorAssessment.of(catalogue), 0);
		return new Outcome.Moved(received,
				new ApplicationReceived(received.recorded(actor, "接收申请材料", rules), receivedOn, applicant));
	}

	/**
	 * 补正告知: once, listing everything missing, within 5 working days of receipt (XK-32b).
	 * Moves to 待补正.
	 */
	public Outcome requestCorrection(Actor actor, LocalDate on, List<String> missing, LicensingRules rules) {
		if (!(this.state instanceof Received received)) {
			return notNow(REQUEST_CORRECTION);
		}
		TransitionRefused refused = refusal(REQUEST_CORRECTION,
				RecordedDatePolicy.check("补正告知日期", on, received.receivedOn(), rules.today()));
		refused = refused != null ? refused : refusal(REQUEST_CORRECTION, CorrectionNoticePolicy
			.check(received.receivedOn(), received.corrected(), on, missing, rules.workingDays()));
		if (refused != null) {
			return refused;
		}
		return move(next(new AwaitingCorrection(on, missing), this.deadlines),
				new CorrectionRequested(recorded(actor, "一次性告知需要补正的全部内容", rules), on, List.copyOf(missing)));
	}

	/** 提交补正材料: the application returns to acceptance, received anew on {@code on}. */
	public Outcome submitCorrection(Actor actor, LocalDate on, LicensingRules rules) {
		if (!(this.state instanceof AwaitingCorrection awaiting)) {
			return notNow(SUBMIT_CORRECTION);
		}
		TransitionRefused refused = refusal(SUBMIT_CORRECTION,
				RecordedDatePolicy.check("补正材料提交日期", on, awaiting.noticeOn(), rules.today()));
		if (refused != null) {
			return refused;
		}
		return move(next(new Received(on, true), this.deadlines.receivedAgain(on)),
				new CorrectionSubmitted(recorded(actor, "申请人提交补正材料", rules), on));
	}

	/**
	 * 受理 on {@code on}, only with complete materials: {@code missingMaterials} names the
	 * required materials of the item's list not yet received (XK-32b; empty when all
	 * arrived). When the correction window has already lapsed, the law has accepted the
	 * application on the day of receipt whatever is missing, and that is the acceptance
	 * recorded (XK-32b).
	 */
	public Outcome accept(Actor actor, LocalDate on, List<String> missingMaterials, LicensingRules rules) {
		return accept(actor, on, HandlingMode.ORDINARY, missingMaterials, rules);
	}

	/**
	 * 受理 on {@code on}, handled in {@code mode}: 一般办理 (XK-42), 统一办理、联合办理、集中办理 (XK-42b) or
	 * a lower level's preliminary review (XK-43), which sets the decision period and its
	 * extension; materials as above. The platform's deemed acceptance (XK-32b) is 一般办理:
	 * the mode is a choice the agency makes when it accepts.
	 */
	public Outcome accept(Actor actor, LocalDate on, HandlingMode mode, List<String> missingMaterials,
			LicensingRules rules) {
		Objects.requireNonNull(missingMaterials, "missingMaterials");
		if (!(this.state instanceof Received received)) {
			return notNow(ACCEPT);
		}
		TransitionRefused refused = refusal(ACCEPT,
				RecordedDatePolicy.check("受理日期", on, received.receivedOn(), rules.today()));
		if (refused != null) {
			return refused;
		}
		boolean lapsed = on.isAfter(this.deadlines.correctionNoticeBy(rules.workingDays()));
		HandlingMode handling = mode == null ? HandlingMode.ORDINARY : mode;
		if (lapsed) {
			return deemedAccepted(actor, received, handling, rules);
		}
		refused = refusal(ACCEPT, MaterialsPolicy.complete(missingMaterials));
		String reason = handling == HandlingMode.ORDINARY ? "受理"
				: "受理，" + handling.label() + "（" + handling.rule().id() + "，" + handling.rule().article() + "）";
		return refused != null ? refused : accepted(actor, on, false, Rule.XK_32, reason, handling, rules);
	}

	/**
	 * 视为受理, by the platform: no correction notice within 5 working days of receipt means
	 * the application was accepted on the day of receipt (XK-32b). Refused while the
	 * window is still open.
	 */
	public Outcome deemAccepted(LicensingRules rules) {
		if (!(this.state instanceof Received received)) {
			return notNow(DEEM_ACCEPTED);
		}
		LocalDate by = this.deadlines.correctionNoticeBy(rules.workingDays());
		if (!rules.today().isAfter(by)) {
			return refuse(DEEM_ACCEPTED, new Verdict.Refused("补正告知期限至 " + by + " 尚未届满", Rule.XK_32B));
		}
		return deemedAccepted(Actor.SYSTEM, received, HandlingMode.ORDINARY, rules);
	}

	/**
	 * 不予受理 with its reason and, when the matter is another body's, that body (XK-32a).
	 * Not once the correction window has lapsed without a notice: the application has
	 * then been accepted (XK-32b).
	 */
	public Outcome notAccept(Actor actor, LocalDate on, NonAcceptanceGround ground, String reason, String competentBody,
			LicensingRules rules) {
		if (!(this.state instanceof Received || this.state instanceof AwaitingCorrection)) {
			return notNow(NOT_ACCEPT);
		}
		Verdict window = Verdict.ALLOWED;
		if (this.state instanceof Received && on != null
				&& on.isAfter(this.deadlines.correctionNoticeBy(rules.workingDays()))) {
			window = Verdict.refused("收到申请材料后5个工作日内未告知补正，申请已于收到材料之日（" + this.deadlines.receivedOn() + "）视为受理，不能再作不予受理",
					Rule.XK_32B);
		}
		TransitionRefused refused = refusal(NOT_ACCEPT,
				RecordedDatePolicy.check("不予受理日期", on, this.deadlines.receivedOn(), rules.today()), window,
				NonAcceptancePolicy.check(ground, reason, competentBody));
		if (refused != null) {
			return refused;
		}
		return move(next(new NotAccepted(on, reason, competentBody), this.deadlines), new ApplicationNotAccepted(
				recorded(actor, ground.label() + "：" + reason, rules), on, reason, competentBody));
	}

	// --- review (审查) ---

	/**
	 * 指派承办人: the officers who review the case (and so may not host its hearing, XK-48).
	 */
	public Outcome assignOfficers(Actor actor, List<Officer> assigned, LicensingRules rules) {
		if (!allowedActions().contains(ASSIGN_OFFICERS)) {
			return notNow(ASSIGN_OFFICERS);
		}
		if (assigned == null || assigned.isEmpty()) {
			return refuse(ASSIGN_OFFICERS, new Verdict.Refused("请至少指派一名承办人", Rule.XK_37));
		}
		List<String> ids = assigned.stream().map(Officer::id).distinct().toList();
		return move(
				copy(this.state, this.deadlines, ids, this.hearingRightNotifiedOn, this.hearingRecord, this.licence),
				new OfficersAssigned(recorded(actor, "指派承办人", rules), ids));
	}

	/**
	 * 现场核查 by two or more officers certified on its date (XK-34, JL-7), on audio/video
	 * where the item requires it (JL-3b) or the case directly affects personal liberty,
	 * life and health, or major property — then in full, from start to end (JL-4).
	 */
	public Outcome recordSiteInspection(Actor actor, LocalDate on, List<Officer> inspectors, String findings,
			MediaRecord media, LicensingRules rules) {
		if (!allowedActions().contains(RECORD_SITE_INSPECTION)) {
			return notNow(RECORD_SITE_INSPECTION);
		}
		TransitionRefused refused = refusal(RECORD_SITE_INSPECTION,
				RecordedDatePolicy.check("核查日期", on, this.deadlines.acceptedOn(), rules.today()));
		refused = refused != null ? refused
				: refusal(RECORD_SITE_INSPECTION, SiteInspectionPolicy.check(on, inspectors),
						findings == null || findings.isBlank() ? Verdict.refused("请填写核查情况（核查笔录）", Rule.XK_34)
								: Verdict.ALLOWED,
						MediaRecordPolicy.check(this.item.content().mediaRecordRequired() || this.fullRecording != null,
								this.fullRecording != null, on, media, rules.clock()));
		if (refused != null) {
			return refused;
		}
		return move(next(this.state, this.deadlines),
				new SiteInspectionRecorded(recorded(actor, findings, rules), on,
						inspectors.stream().map(Officer::id).distinct().toList(),
						inspectors.stream().map(o -> o.certificate().number()).distinct().toList(), findings,
						media.activityStart(), media.activityEnd()));
	}

	/** 审查意见 with a proposed decision. */
	public Outcome recordOpinion(Actor actor, String opinion, boolean proposeGrant, LicensingRules rules) {
		if (!allowedActions().contains(RECORD_OPINION)) {
			return notNow(RECORD_OPINION);
		}
		if (opinion == null || opinion.isBlank()) {
			return refuse(RECORD_OPINION, new Verdict.Refused("审查意见不能为空", Rule.XK_37));
		}
		return move(next(this.state, this.deadlines),
				new OpinionRecorded(recorded(actor, opinion, rules), opinion, proposeGrant ? "准予" : "不予"));
	}

	/**
	 * 延长审查期限 once, with the reason, approved by the head the handling mode names: 10
	 * working days by this agency's 负责人 (XK-42), 15 by the people's government's head for
	 * unified, joint or concentrated handling (XK-42b); none for a lower level's
	 * preliminary review (XK-43).
	 */
	public Outcome extend(Actor actor, Actor approver, LocalDate on, String reason, LicensingRules rules) {
		if (!allowedActions().contains(EXTEND)) {
			return notNow(EXTEND);
		}
		WorkingDays days = rules.workingDays();
		TransitionRefused refused = refusal(EXTEND,
				RecordedDatePolicy.check("批准延期日期", on, this.deadlines.acceptedOn(), rules.today()));
		if (refused == null) {
			refused = refusal(EXTEND, ExtensionPolicy.check(this.deadlines.mode(), this.deadlines.extended(), approver,
					reason, on, this.deadlines.decisionDue(days, on)));
		}
		if (refused != null) {
			return refused;
		}
		int extension = this.deadlines.mode().extensionDays();
		CaseDeadlines extended = this.deadlines.extendedBy(extension);
		return move(next(this.state, extended), new DecisionPeriodExtended(recorded(actor, reason, rules), on,
				approver.name(), extension, extended.decisionDue(days, on)));
	}

	/** 中止计时 for one of the eight procedures of 第四十五条, with written notice (XK-45). */
	public Outcome pause(Actor actor, PauseKind kind, LocalDate from, String writtenNotice, LicensingRules rules) {
		if (!allowedActions().contains(PAUSE)) {
			return notNow(PAUSE);
		}
		TransitionRefused refused = refusal(PAUSE,
				RecordedDatePolicy.check("中止计时日期", from, this.deadlines.acceptedOn(), rules.today()),
				PausePolicy.check(kind, writtenNotice));
		if (refused != null) {
			return refused;
		}
		return move(next(this.state, this.deadlines.pausedFrom(new Pause(kind, from, null, writtenNotice))),
				new ClockPaused(recorded(actor, kind.label() + "所需时间不计算在期限内", rules), kind.label(), from,
						writtenNotice));
	}

	/**
	 * 恢复计时: the procedure ended on {@code on}; its working days were not counted (XK-45).
	 */
	public Outcome resume(Actor actor, LocalDate on, LicensingRules rules) {
		if (!allowedActions().contains(RESUME)) {
			return notNow(RESUME);
		}
		Pause open = this.deadlines.pauses().get(this.deadlines.pauses().size() - 1);
		TransitionRefused refused = refusal(RESUME, RecordedDatePolicy.check("恢复计时日期", on, open.from(), rules.today()));
		if (refused != null) {
			return refused;
		}
		return move(next(this.state, this.deadlines.resumedOn(on)),
				new ClockResumed(recorded(actor, open.kind().label() + "结束，恢复计算期限", rules), open.kind().label(), on,
						rules.workingDays().workingDaysBetween(open.from(), on)));
	}

	// --- interested parties (利害关系人, 第三十六条) ---

	/**
	 * 利害关系人告知: the application directly affects the major interests of {@code parties},
	 * who are told {@code notice} on {@code on} and may state their case (XK-36). The
	 * case remembers them: later notices of a hearing go to them too (XK-47, XK-48).
	 */
	public Outcome notifyInterestedParties(Actor actor, LocalDate on, List<String> parties, String notice,
			LicensingRules rules) {
		if (!allowedActions().contains(NOTIFY_INTERESTED_PARTIES)) {
			return notNow(NOTIFY_INTERESTED_PARTIES);
		}
		TransitionRefused refused = refusal(NOTIFY_INTERESTED_PARTIES,
				RecordedDatePolicy.check("告知日期", on, this.deadlines.acceptedOn(), rules.today()),
				InterestedPartyPolicy.notice(parties, notice));
		if (refused != null) {
			return refused;
		}
		List<String> told = parties.stream().map(String::strip).distinct().toList();
		LinkedHashSet<String> known = new LinkedHashSet<>(this.interestedParties);
		known.addAll(told);
		return move(
				copy(this.state, this.deadlines, this.officers, this.hearingRightNotifiedOn, this.hearingRecord,
						this.licence, List.copyOf(known), this.requiredHearing, this.renewal),
				new InterestedPartiesNotified(recorded(actor, "告知利害关系人：" + String.join("、", told), rules), on, told,
						notice));
	}

	/**
	 * 陈述、申辩 by the applicant or an interested party already told, recorded with what they
	 * said (XK-36).
	 */
	public Outcome recordStatement(Actor actor, LocalDate on, String party, String statement, LicensingRules rules) {
		if (!allowedActions().contains(RECORD_STATEMENT)) {
			return notNow(RECORD_STATEMENT);
		}
		String who = party == null ? null : party.strip();
		TransitionRefused refused = refusal(RECORD_STATEMENT,
				RecordedDatePolicy.check("陈述、申辩日期", on, this.deadlines.acceptedOn(), rules.today()),
				InterestedPartyPolicy.statement(who, this.applicant, this.interestedParties, statement));
		if (refused != null) {
			return refused;
		}
		String standing = who.equals(this.applicant) ? "申请人" : "利害关系人";
		return move(next(this.state, this.deadlines),
				new StatementRecorded(recorded(actor, standing + who + "陈述、申辩", rules), on, who, standing, statement));
	}

	// --- hearing (听证, 第四十六条至第四十八条) ---

	/**
	 * 涉及公共利益的重大许可: the officer finds the matter a major one involving the public
	 * interest; the agency announces and holds a hearing, and no decision is made before
	 * it (XK-46). The catalog does not mark items that law requires to be heard, so the
	 * case carries the finding.
	 */
	public Outcome markPublicInterest(Actor actor, LocalDate on, String reason, LicensingRules rules) {
		if (!allowedActions().contains(MARK_PUBLIC_INTEREST)) {
			return notNow(MARK_PUBLIC_INTEREST);
		}
		TransitionRefused refused = refusal(MARK_PUBLIC_INTEREST,
				RecordedDatePolicy.check("认定日期", on, this.deadlines.acceptedOn(), rules.today()),
				HearingPolicy.publicInterest(reason));
		if (refused != null) {
			return refused;
		}
		return move(
				copy(this.state, this.deadlines, this.officers, this.hearingRightNotifiedOn, this.hearingRecord,
						this.licence, this.interestedParties,
						MajorDecisionPolicy.PUBLIC_INTEREST_FINDING + "：" + reason.strip(), this.renewal),
				new PublicInterestMarked(recorded(actor, reason, rules), on, reason));
	}

	// --- full audio/video recording (全程音像记录, JL-4) ---

	/**
	 * 涉及人身自由、生命健康或者重大财产权益: the officer finds, with the reason, that the case's on-site
	 * acts directly affect personal liberty, life and health, or major property. From
	 * then on its site checks, hearings and deliveries by 留置 or 公告 are recorded on
	 * audio/video in full, without a gap from start to end, unless a 负责人 approved a
	 * reason (JL-4, JL-5). The finding stays for the life of the case.
	 */
	public Outcome markFullRecording(Actor actor, LocalDate on, String reason, LicensingRules rules) {
		if (!allowedActions().contains(MARK_FULL_RECORDING)) {
			return notNow(MARK_FULL_RECORDING);
		}
		TransitionRefused refused = refusal(MARK_FULL_RECORDING,
				RecordedDatePolicy.check("认定日期", on, this.deadlines.acceptedOn(), rules.today()),
				reason == null || reason.isBlank() ? Verdict.refused("请说明本案涉及人身自由、生命健康或者重大财产权益的理由", Rule.JL_4)
						: reason.strip().length() > 500 ? Verdict.refused("理由不能超过500字", Rule.JL_4) : Verdict.ALLOWED);
		if (refused != null) {
			return refused;
		}
		LicensingCase marked = new LicensingCase(this.id, this.item, this.applicant, this.state, this.deadlines,
				this.officers, this.hearingRightNotifiedOn, this.hearingRecord, this.licence, this.interestedParties,
				this.requiredHearing, this.renewal, reason.strip(), this.majorAssessment, this.revision + 1);
		return move(marked, new FullRecordingMarked(recorded(actor, reason.strip(), rules), on, reason.strip()));
	}

	/**
	 * 听证权利告知: the applicant and every interested party told so far may request a hearing
	 * within 5 working days (XK-47).
	 */
	public Outcome notifyHearingRight(Actor actor, LocalDate on, LicensingRules rules) {
		if (!allowedActions().contains(NOTIFY_HEARING_RIGHT)) {
			return notNow(NOTIFY_HEARING_RIGHT);
		}
		TransitionRefused refused = refusal(NOTIFY_HEARING_RIGHT,
				RecordedDatePolicy.check("告知日期", on, this.deadlines.acceptedOn(), rules.today()));
		if (refused != null) {
			return refused;
		}
		return move(copy(this.state, this.deadlines, this.officers, on, this.hearingRecord, this.licence),
				new HearingRightNotified(recorded(actor, "告知申请人、利害关系人享有听证权利", rules), on,
						HearingPolicy.requestBy(on, rules.workingDays()), parties()));
	}

	/**
	 * 听证: requested within 5 working days of the notice (XK-47) or required by law
	 * (XK-46). The decision clock pauses (XK-45) until the hearing is held, within 20
	 * working days. A required hearing marks the case: no decision until it was held.
	 */
	public Outcome requestHearing(Actor actor, LocalDate on, HearingBasis basis, LicensingRules rules) {
		if (!allowedActions().contains(REQUEST_HEARING)) {
			return notNow(REQUEST_HEARING);
		}
		TransitionRefused refused = refusal(REQUEST_HEARING,
				RecordedDatePolicy.check("听证申请日期", on, this.deadlines.acceptedOn(), rules.today()));
		if (refused == null) {
			refused = refusal(REQUEST_HEARING,
					HearingPolicy.request(basis, this.hearingRightNotifiedOn, on, rules.workingDays()));
		}
		if (refused != null) {
			return refused;
		}
		LocalDate holdBy = HearingPolicy.holdBy(on, rules.workingDays());
		Pause pause = new Pause(PauseKind.HEARING, on, null, basis.label() + "（" + on + "）");
		String required = basis == HearingBasis.REQUIRED && this.requiredHearing == null ? basis.label()
				: this.requiredHearing;
		return move(
				copy(new HearingPending(on, holdBy, null, null), this.deadlines.pausedFrom(pause), this.officers,
						this.hearingRightNotifiedOn, this.hearingRecord, this.licence, this.interestedParties, required,
						this.renewal),
				new HearingRequested(recorded(actor, basis.label(), rules), on, basis.label(), holdBy));
	}

	/**
	 * 听证通知: 7 working days before, within 20 of the request; the host is not a reviewer
	 * (XK-47, XK-48).
	 */
	public Outcome scheduleHearing(Actor actor, LocalDate noticeOn, LocalDate hearingOn, String host, String place,
			LicensingRules rules) {
		if (!(this.state instanceof HearingPending pending)) {
			return notNow(SCHEDULE_HEARING);
		}
		TransitionRefused refused = refusal(SCHEDULE_HEARING,
				RecordedDatePolicy.check("听证通知日期", noticeOn, pending.requestedOn(), rules.today()));
		refused = refused != null ? refused
				: refusal(SCHEDULE_HEARING,
						HearingPolicy.schedule(pending.requestedOn(), noticeOn, hearingOn, host, this.officers,
								rules.workingDays()),
						place == null || place.isBlank() ? Verdict.refused("请填写听证地点", Rule.XK_48) : Verdict.ALLOWED);
		if (refused != null) {
			return refused;
		}
		return move(next(new HearingPending(pending.requestedOn(), pending.holdBy(), hearingOn, host), this.deadlines),
				new HearingScheduled(recorded(actor, "通知听证时间、地点", rules), noticeOn, hearingOn, host, place, parties()));
	}

	/**
	 * 听证笔录, with the hearing on audio/video (JL-3) — in full, from start to end, where
	 * the case directly affects personal liberty, life and health, or major property
	 * (JL-4): the hearing was held; review resumes and the decision must cite the record
	 * (XK-48).
	 */
	public Outcome recordHearing(Actor actor, LocalDate heldOn, String recordReference, MediaRecord media,
			LicensingRules rules) {
		if (!(this.state instanceof HearingPending pending) || pending.hearingOn() == null) {
			return notNow(RECORD_HEARING);
		}
		TransitionRefused refused = refusal(RECORD_HEARING,
				RecordedDatePolicy.check("听证日期", heldOn, pending.hearingOn(), rules.today()),
				recordReference == null || recordReference.isBlank() ? Verdict.refused("听证应当制作笔录，请填写听证笔录编号", Rule.XK_48)
						: Verdict.ALLOWED,
				MediaRecordPolicy.check(true, this.fullRecording != null, heldOn, media, rules.clock()));
		if (refused != null) {
			return refused;
		}
		return move(
				copy(new UnderReview(this.deadlines.acceptedOn()), this.deadlines.resumedOn(heldOn), this.officers,
						this.hearingRightNotifiedOn, recordReference, this.licence),
				new HearingHeld(recorded(actor, "举行听证", rules), heldOn, recordReference, media.activityStart(),
						media.activityEnd()));
	}

	// --- decision (决定) ---

	/**
	 * 准予行政许可, approved by a 负责人; where a hearing is required only after it was held
	 * (XK-46); a major case only after a passed legal review (SH-1).
	 */
	public Outcome grant(Actor actor, Actor approver, LocalDate on, String text, String citedHearingRecord,
			String licenceNumber, LocalDate validTo, LicensingRules rules) {
		if (!allowedActions().contains(GRANT)) {
			return notNow(GRANT);
		}
		TransitionRefused refused = refusal(GRANT,
				RecordedDatePolicy.check("决定日期", on, this.deadlines.acceptedOn(), rules.today()),
				HearingPolicy.heldIfRequired(this.requiredHearing, this.hearingRecord));
		refused = refused != null ? refused
				: refusal(GRANT,
						DecisionPolicy.check(true, approver, text, null, this.hearingRecord, citedHearingRecord),
						licenceNumber == null || licenceNumber.isBlank() ? Verdict.refused("请填写许可证件编号", Rule.XK_39)
								: Verdict.ALLOWED,
						validTo == null || validTo.isBefore(on) ? Verdict.refused("有效期至不能早于决定日期", Rule.XK_39)
								: Verdict.ALLOWED);
		if (refused == null) {
			refused = refusal(GRANT,
					DecisionPolicy.legalReview(major(), rules.guard(), proposal(GRANT, text, approver)));
		}
		if (refused != null) {
			return refused;
		}
		Decision decision = new Decision(true, on, text, approver.name(), null, this.hearingRecord);
		return move(
				copy(new Granted(decision), this.deadlines.decided(on, true), this.officers,
						this.hearingRightNotifiedOn, this.hearingRecord,
						new Licence(licenceNumber, on, validTo, Licence.Status.VALID)),
				new CaseDecided(recorded(actor, text, rules), on, true, text, approver.name(), null, major()));
	}

	/**
	 * 不予行政许可 with reasons and the remedies (XK-38), approved by a 负责人; major cases as for
	 * a grant.
	 */
	public Outcome deny(Actor actor, Actor approver, LocalDate on, String reasons, String citedHearingRecord,
			LicensingRules rules) {
		if (!allowedActions().contains(DENY)) {
			return notNow(DENY);
		}
		TransitionRefused refused = refusal(DENY,
				RecordedDatePolicy.check("决定日期", on, this.deadlines.acceptedOn(), rules.today()),
				HearingPolicy.heldIfRequired(this.requiredHearing, this.hearingRecord), DecisionPolicy.check(false,
						approver, reasons, rules.remedies(), this.hearingRecord, citedHearingRecord));
		if (refused == null) {
			refused = refusal(DENY,
					DecisionPolicy.legalReview(major(), rules.guard(), proposal(DENY, reasons, approver)));
		}
		if (refused != null) {
			return refused;
		}
		String remedies = rules.remedies().notice();
		Decision decision = new Decision(false, on, reasons, approver.name(), remedies, this.hearingRecord);
		return move(next(new LicensingState.Denied(decision), this.deadlines.decided(on, false)), new CaseDecided(
				recorded(actor, reasons, rules), on, false, reasons, approver.name(), remedies, major()));
	}

	/**
	 * Whether the decision is a 重大执法决定 (SH-2): the item is in the legal-review catalogue,
	 * an enabled condition of the catalogue matches the case's facts, or a case officer
	 * flagged it — see {@link #majorConditions()}.
	 */
	public boolean major() {
		return !majorConditions().isEmpty();
	}

	/**
	 * Why the case's decision is major, one line per condition met (SH-2): the item's
	 * listing, the catalogue's conditions its facts meet (public interest found,
	 * interested parties or the right to a hearing told, a hearing held) and the
	 * officers' flags, without the ones a 负责人 set aside. Empty when the decision is not
	 * major.
	 */
	public List<MajorMatch> majorConditions() {
		return MajorDecisionPolicy.matches(this.majorAssessment, this.item, this.requiredHearing,
				this.interestedParties, this.hearingRightNotifiedOn, this.hearingRecord);
	}

	/**
	 * Why a decision {@code action} of the case is major: the case's conditions, and for
	 * 撤回 or 撤销 of the licence the catalogue's condition for them (SH-2).
	 */
	public List<MajorMatch> majorConditions(CaseAction action) {
		return MajorDecisionPolicy.forAct(action, majorConditions(), this.majorAssessment);
	}

	/** Whether a condition met also asks for the leaders' collective discussion. */
	public boolean collectiveDiscussionRequired() {
		return majorConditions().stream().anyMatch(MajorMatch::collectiveDiscussion);
	}

	/**
	 * 标记重大执法决定: a case officer finds the decision a major one — complex or novel, or
	 * another condition of the catalogue or of the officer's naming ({@code label}) — and
	 * says why (SH-2). While the decision is pending, or while the licence can still be
	 * changed.
	 */
	public Outcome flagMajor(Actor actor, LocalDate on, String condition, String label, String reason,
			LicensingRules rules) {
		if (!allowedActions().contains(FLAG_MAJOR)) {
			return notNow(FLAG_MAJOR);
		}
		TransitionRefused refused = refusal(FLAG_MAJOR,
				RecordedDatePolicy.check("认定日期", on, this.deadlines.acceptedOn(), rules.today()));
		if (refused != null) {
			return refused;
		}
		MajorDecisionPolicy.Resolved resolved = MajorDecisionPolicy.resolve(this.majorAssessment, condition, label,
				reason);
		if (resolved.refusal() != null) {
			return refuse(FLAG_MAJOR, new Verdict.Refused(resolved.refusal(), Rule.SH_2));
		}
		MajorCondition c = resolved.condition();
		MajorAssessment.Flag flag = new MajorAssessment.Flag(c.code(), c.kind(), c.name(), c.basis(),
				c.collectiveDiscussion(), reason.strip(), actor.name(), on);
		return move(withMajorAssessment(this.majorAssessment.withFlag(flag)),
				new MajorDecisionFlagged(recorded(actor, "认定为重大执法决定（" + c.name() + "）：" + reason.strip(), rules), on,
						c.code(), c.kind(), c.name(), c.collectiveDiscussion(), reason.strip()));
	}

	/**
	 * 解除重大执法决定认定: a 负责人 sets aside one condition the case meets — computed from its facts
	 * or its item's listing, or an officer's flag, which an officer withdraws only this
	 * way — and says why (SH-2). The case stays major while another condition holds.
	 */
	public Outcome clearMajorFlag(Actor actor, LocalDate on, String condition, String reason, LicensingRules rules) {
		if (!allowedActions().contains(CLEAR_MAJOR_FLAG)) {
			return notNow(CLEAR_MAJOR_FLAG);
		}
		List<MajorMatch> matches = majorConditions();
		TransitionRefused refused = refusal(CLEAR_MAJOR_FLAG,
				RecordedDatePolicy.check("解除日期", on, this.deadlines.acceptedOn(), rules.today()),
				MajorDecisionPolicy.clearance(actor, condition, reason, matches));
		if (refused != null) {
			return refused;
		}
		MajorMatch match = matches.stream().filter(m -> m.code().equals(condition.strip())).findFirst().orElseThrow();
		MajorAssessment next = match.source() == MajorMatch.Source.FLAG ? this.majorAssessment.withoutFlag(match.code())
				: this.majorAssessment.withClearance(
						new MajorAssessment.Clearance(match.code(), match.label(), reason.strip(), actor.name(), on));
		return move(withMajorAssessment(next),
				new MajorDecisionFlagCleared(
						recorded(actor, "解除重大执法决定认定（" + match.label() + "）：" + reason.strip(), rules), on, match.code(),
						match.label(), match.source().label(), reason.strip()));
	}

	/** Why nothing may change on an archived case. */
	public static final String ARCHIVED = "案件已归档，不能修改";

	// --- delivery and archive (送达, 归档) ---

	/**
	 * 送达 with its proof, on the day that proof gives ({@link Delivery#deliveredOn()}: the
	 * signature on the 送达回证, the postal or electronic receipt, the day left at the
	 * address, 30 days after a public notice); {@code on}, when the caller gives a day at
	 * all, must be that day. 直接 and 邮寄 attach the scan of the signed receipt, or say why
	 * not. A licence delivered later than 10 working days after the grant is recorded as
	 * late (XK-44). 留置 and 公告 are recorded on audio/video (JL-3b) — in full, from start
	 * to end, where the case directly affects personal liberty, life and health, or major
	 * property (JL-4); {@code media} is the record of the activity 送达.
	 */
	public Outcome deliver(Actor actor, LocalDate on, Delivery delivery, ReceiptScans scans, MediaRecord media,
			LicensingRules rules) {
		if (!(this.state instanceof Decided decided)) {
			return notNow(DELIVER);
		}
		TransitionRefused refused = refusal(DELIVER, DeliveryPolicy.check(delivery));
		if (refused != null) {
			return refused;
		}
		LocalDate decidedOn = decided.decision().decidedOn();
		LocalDate deliveredOn = delivery.deliveredOn();
		refused = refusal(DELIVER, DeliveryPolicy.sameDay(delivery, on),
				delivery instanceof Delivery.Public notice
						? RecordedDatePolicy.check("公告日期", notice.publishedOn(), decidedOn, rules.today())
						: RecordedDatePolicy.check(delivery.deliveredOnSource(), deliveredOn, decidedOn, rules.today()),
				DeliveryPolicy.receiptScanned(delivery, scans == null ? ReceiptScans.none() : scans));
		// the day of the act, which the activity's times must include: not for 邮寄 or 电子
		// (sent
		// earlier) nor 公告 (deemed delivered 30 days after the posting)
		LocalDate actOn = delivery instanceof Delivery.Direct || delivery instanceof Delivery.LeftAtAddress
				? deliveredOn : null;
		refused = refused != null ? refused : refusal(DELIVER,
				MediaRecordPolicy.check(delivery.recorded(), this.fullRecording != null, actOn, media, rules.clock()),
				DeliveryPolicy.witnessed(delivery, media));
		// the posting is checked first: a notice recorded early learns what its record
		// lacks
		refused = refused != null ? refused
				: refusal(DELIVER, DeliveryPolicy.noticePeriodOver(delivery, rules.today()));
		if (refused != null) {
			return refused;
		}
		ReceiptScans attached = scans == null ? ReceiptScans.none() : scans;
		boolean late = decided.decision().granted()
				&& deliveredOn.isAfter(this.deadlines.deliveryDue(rules.workingDays()));
		return move(next(new Delivered(decided.decision(), deliveredOn, delivery.method()), this.deadlines),
				new DecisionDelivered(recorded(actor, delivery.method(), rules), deliveredOn, delivery.method(),
						delivery.proof(), late, media.activityStart(), media.activityEnd(), attached.evidence(),
						attached.evidence().isEmpty() ? attached.missingReason() : null));
	}

	/**
	 * How long a case file is kept unless the agency sets otherwise: 30 years, the 长期
	 * term under which local archives rules commonly keep 行政许可 case files (RULES.md has
	 * no row for it; a setting, not a rule).
	 */
	public static final int DEFAULT_RETENTION_YEARS = 30;

	/** 归档 with the default retention period. */
	public Outcome archive(Actor actor, LocalDate on, LicensingRules rules) {
		return archive(actor, on, DEFAULT_RETENTION_YEARS, rules);
	}

	/**
	 * 归档 after delivery, or after a decision not to accept: the case becomes read only
	 * and its file is kept {@code retentionYears} from the day of archiving (保管期限).
	 * Refused while a renewal application awaits its decision: archiving would leave it
	 * without one, and the law then deems it granted (XK-50).
	 */
	public Outcome archive(Actor actor, LocalDate on, int retentionYears, LicensingRules rules) {
		if (retentionYears < 1) {
			throw new IllegalArgumentException("retention of at least one year expected: " + retentionYears);
		}
		LocalDate after;
		if (this.state instanceof Delivered delivered) {
			after = delivered.deliveredOn();
		}
		else if (this.state instanceof NotAccepted notAccepted) {
			after = notAccepted.decidedOn();
		}
		else {
			return notNow(ARCHIVE);
		}
		TransitionRefused refused = refusal(ARCHIVE, RecordedDatePolicy.check("归档日期", on, after, rules.today()),
				this.renewal == null ? Verdict.ALLOWED
						: Verdict.refused("被许可人于" + this.renewal.appliedOn() + "申请延续，请先作出是否准予延续的决定再归档", Rule.XK_50));
		if (refused != null) {
			return refused;
		}
		LocalDate retainUntil = on.plusYears(retentionYears);
		return move(next(new LicensingState.Archived(on, this.licence != null, retainUntil), this.deadlines),
				new CaseArchived(recorded(actor, "案卷归档，保管期限" + retentionYears + "年", rules), on, retentionYears,
						retainUntil));
	}

	// --- the licence after the decision (第八条、第四十九条、第五十条、第六十九条、第七十条) ---

	/** 变更 on the holder's application (第四十九条). */
	public Outcome alterLicence(Actor actor, LocalDate on, String reason, LicensingRules rules) {
		return changeLicence(ALTER_LICENCE, Rule.XK_49, actor, on, reason, this.licence, rules);
	}

	/**
	 * 申请延续: the holder applies at least 30 days before the licence expires (XK-50); the
	 * agency then grants ({@link #renewLicence}) or denies ({@link #denyRenewal}) before
	 * expiry, or the platform deems it granted ({@link #deemRenewed}).
	 */
	public Outcome applyForRenewal(Actor actor, LocalDate on, LocalDate requestedValidTo, LicensingRules rules) {
		if (!allowedActions().contains(RENEWAL_APPLIED)) {
			return notNow(RENEWAL_APPLIED);
		}
		TransitionRefused refused = refusal(RENEWAL_APPLIED,
				RecordedDatePolicy.check("延续申请日期", on, this.licence.validFrom(), rules.today()),
				LicencePolicy.renewalApplication(this.licence, on, requestedValidTo));
		if (refused != null) {
			return refused;
		}
		return move(
				copy(this.state, this.deadlines, this.officers, this.hearingRightNotifiedOn, this.hearingRecord,
						this.licence, this.interestedParties, this.requiredHearing,
						new RenewalApplication(on, requestedValidTo)),
				new RenewalApplied(recorded(actor, "被许可人申请延续行政许可有效期，应于有效期届满前作出决定", rules), on, this.licence.number(),
						this.licence.validTo(), requestedValidTo));
	}

	/**
	 * 延续 granted, validity until {@code newValidTo} (or what the holder asked for). On
	 * the pending application when there is one; else on a paper application of
	 * {@code appliedOn}, made 30 days before expiry (XK-50).
	 */
	public Outcome renewLicence(Actor actor, LocalDate appliedOn, LocalDate on, LocalDate newValidTo, String reason,
			LicensingRules rules) {
		if (!allowedActions().contains(RENEW_LICENCE)) {
			return notNow(RENEW_LICENCE);
		}
		LocalDate applied = this.renewal != null ? this.renewal.appliedOn() : appliedOn;
		LocalDate validTo = newValidTo == null && this.renewal != null ? this.renewal.requestedValidTo() : newValidTo;
		if (applied == null) {
			return refuse(RENEW_LICENCE, new Verdict.Refused("请先登记被许可人的延续申请（申请延续），或填写延续申请日期", Rule.XK_50));
		}
		TransitionRefused refused = refusal(RENEW_LICENCE, LicencePolicy.renewal(this.licence, applied, validTo));
		if (refused != null) {
			return refused;
		}
		return changeLicence(RENEW_LICENCE, Rule.XK_50, actor, on, reason, this.licence.validUntil(validTo), rules);
	}

	/**
	 * 不予延续 before the licence expires, approved by a 负责人, with the reasons and the
	 * holder's remedies (XK-50, XK-38); the licence lapses when it expires.
	 */
	public Outcome denyRenewal(Actor actor, Actor approver, LocalDate on, String reasons, LicensingRules rules) {
		if (!allowedActions().contains(DENY_RENEWAL)) {
			return notNow(DENY_RENEWAL);
		}
		TransitionRefused refused = refusal(DENY_RENEWAL,
				RecordedDatePolicy.check("不予延续决定日期", on, this.renewal.appliedOn(), rules.today()));
		refused = refused != null ? refused
				: refusal(DENY_RENEWAL, LicencePolicy.renewalDenial(this.licence, on, approver, reasons));
		if (refused == null) {
			// 不予延续 of a licence whose case is major is major too (SH-2)
			refused = refusal(DENY_RENEWAL, DecisionPolicy.legalReview(!majorConditions(DENY_RENEWAL).isEmpty(),
					rules.guard(), proposal(DENY_RENEWAL, reasons, approver)));
		}
		if (refused != null) {
			return refused;
		}
		String remedies = rules.remedies().notice();
		return move(
				copy(this.state, this.deadlines, this.officers, this.hearingRightNotifiedOn, this.hearingRecord,
						this.licence, this.interestedParties, this.requiredHearing, null),
				new RenewalDenied(recorded(actor, reasons, rules), on, reasons, remedies, approver.name(),
						this.licence.number(), this.licence.validTo()));
	}

	/**
	 * 视为准予延续, by the platform: a timely renewal application without a decision by the day
	 * the licence expired is granted by law (XK-50), for what the holder asked or the
	 * original term once more. Refused while the licence is still in force.
	 */
	public Outcome deemRenewed(LicensingRules rules) {
		if (this.state instanceof LicensingState.Archived || this.renewal == null || this.licence == null
				|| this.licence.status() != Licence.Status.VALID) {
			return notNow(DEEM_RENEWED);
		}
		if (!rules.today().isAfter(this.licence.validTo())) {
			return refuse(DEEM_RENEWED,
					new Verdict.Refused("有效期至 " + this.licence.validTo() + "，届满前仍可作出是否准予延续的决定", Rule.XK_50));
		}
		Licence renewed = this.licence.validUntil(LicencePolicy.deemedValidTo(this.licence, this.renewal));
		return move(
				copy(this.state, this.deadlines, this.officers, this.hearingRightNotifiedOn, this.hearingRecord,
						renewed, this.interestedParties, this.requiredHearing, null),
				new RenewalDeemedGranted(recorded(Actor.SYSTEM, "在有效期届满前未作出是否准予延续的决定，视为准予延续", rules),
						this.licence.validTo(), renewed.number(), renewed.validTo(), Rule.XK_50.id(),
						Rule.XK_50.article()));
	}

	/** 撤回 for changed law or circumstances (XK-8); a major decision (SH-2). */
	public Outcome withdrawLicence(Actor actor, LocalDate on, String reason, LicensingRules rules) {
		return changeLicence(WITHDRAW_LICENCE, Rule.XK_8, actor, on, reason, withStatus(Licence.Status.WITHDRAWN),
				rules);
	}

	/** 撤销 (XK-69); a major decision (SH-2). */
	public Outcome revokeLicence(Actor actor, LocalDate on, String reason, LicensingRules rules) {
		return changeLicence(REVOKE_LICENCE, Rule.XK_69, actor, on, reason, withStatus(Licence.Status.REVOKED), rules);
	}

	/** 注销 (XK-70). */
	public Outcome cancelLicence(Actor actor, LocalDate on, String reason, LicensingRules rules) {
		return changeLicence(CANCEL_LICENCE, Rule.XK_70, actor, on, reason, withStatus(Licence.Status.CANCELLED),
				rules);
	}

	// --- reading ---

	/**
	 * The actions the current state allows (a policy may still refuse one on the facts).
	 */
	public List<CaseAction> allowedActions() {
		List<CaseAction> allowed = new ArrayList<>(this.state.actions());
		if (this.deadlines.paused()) {
			allowed.removeAll(List.of(PAUSE, REQUEST_HEARING, GRANT, DENY));
		}
		else {
			allowed.remove(RESUME);
		}
		boolean valid = this.licence != null && this.licence.status() == Licence.Status.VALID;
		if (!valid) {
			allowed.removeAll(List.of(ALTER_LICENCE, RENEWAL_APPLIED, RENEW_LICENCE, DENY_RENEWAL, WITHDRAW_LICENCE,
					REVOKE_LICENCE));
		}
		allowed.remove(this.renewal == null ? DENY_RENEWAL : RENEWAL_APPLIED);
		if (this.requiredHearing != null) {
			allowed.remove(MARK_PUBLIC_INTEREST);
		}
		if (this.fullRecording != null) {
			allowed.remove(MARK_FULL_RECORDING);
		}
		if (this.licence == null || this.licence.status() == Licence.Status.CANCELLED) {
			allowed.remove(CANCEL_LICENCE);
		}
		// SH-2: whether a decision is major is settled while one is still to come — the
		// application's, or a later one on the licence in force
		boolean decisionAhead = this.state instanceof UnderReview || this.state instanceof HearingPending
				|| allowed.contains(WITHDRAW_LICENCE);
		if (decisionAhead) {
			allowed.add(FLAG_MAJOR);
			if (!majorConditions().isEmpty()) {
				allowed.add(CLEAR_MAJOR_FLAG);
			}
		}
		return List.copyOf(allowed);
	}

	/** The clocks running on {@code asOf}: 正常 / 预警 / 超期 each. */
	public List<Deadline> clocks(WorkingDays days, LocalDate asOf) {
		return this.deadlines.running(days, asOf, this.state instanceof Received, this.state instanceof Granted);
	}

	public ItemVersion itemVersion() {
		return ItemVersion.of(this.item);
	}

	// --- internals ---

	private Outcome deemedAccepted(Actor actor, Received received, HandlingMode mode, LicensingRules rules) {
		return accepted(actor, received.receivedOn(), true, Rule.XK_32B,
				"收到申请材料后" + CaseDeadlines.CORRECTION_WINDOW_DAYS + "个工作日内未告知补正，自收到申请材料之日起即为受理", mode, rules);
	}

	private Outcome accepted(Actor actor, LocalDate acceptedOn, boolean deemed, Rule rule, String reason,
			HandlingMode mode, LicensingRules rules) {
		return move(next(new UnderReview(acceptedOn), this.deadlines.accepted(acceptedOn, mode)),
				new ApplicationAccepted(recorded(actor, reason, rules), acceptedOn, deemed, rule.id(), rule.article(),
						mode.label()));
	}

	/**
	 * A decision on the granted licence; major (SH-1) as
	 * {@link #majorConditions(CaseAction)} says: 撤回 and 撤销 by the catalogue, 变更 and 延续
	 * when the case is major.
	 */
	private Outcome changeLicence(CaseAction action, Rule rule, Actor actor, LocalDate on, String reason,
			Licence changed, LicensingRules rules) {
		if (!allowedActions().contains(action)) {
			return notNow(action);
		}
		boolean major = !majorConditions(action).isEmpty();
		TransitionRefused refused = refusal(action,
				RecordedDatePolicy.check(action.label() + "日期", on, this.licence.validFrom(), rules.today()),
				LicencePolicy.reason(reason, rule));
		if (refused == null) {
			refused = refusal(action,
					DecisionPolicy.legalReview(major, rules.guard(), proposal(action, reason, actor)));
		}
		if (refused != null) {
			return refused;
		}
		// a renewal decided, or a licence no longer in force, leaves no renewal pending
		boolean settled = action == RENEW_LICENCE || changed.status() != Licence.Status.VALID;
		return move(
				copy(this.state, this.deadlines, this.officers, this.hearingRightNotifiedOn, this.hearingRecord,
						changed, this.interestedParties, this.requiredHearing, settled ? null : this.renewal),
				new LicenceChanged(recorded(actor, reason, rules), on, action.label(), rule.article(), changed.number(),
						changed.status().label(), changed.validTo(), major));
	}

	/**
	 * What the {@link DecisionGuard} is asked about: the decision exactly as it will be
	 * made.
	 */
	public ProposedDecision proposal(CaseAction action, String text, Actor approver) {
		return new ProposedDecision(this.id, itemVersion(), action.label(), text,
				approver == null ? null : approver.account());
	}

	private Licence withStatus(Licence.Status status) {
		return this.licence == null ? null : this.licence.with(status);
	}

	private Recorded recorded(Actor actor, String reason, LicensingRules rules) {
		return new Recorded(this.id, actor, rules.now(), reason, itemVersion());
	}

	private LicensingCase next(LicensingState state, CaseDeadlines deadlines) {
		return copy(state, deadlines, this.officers, this.hearingRightNotifiedOn, this.hearingRecord, this.licence);
	}

	private LicensingCase copy(LicensingState state, CaseDeadlines deadlines, List<String> officers,
			LocalDate hearingRightNotifiedOn, String hearingRecord, Licence licence) {
		return copy(state, deadlines, officers, hearingRightNotifiedOn, hearingRecord, licence, this.interestedParties,
				this.requiredHearing, this.renewal);
	}

	private LicensingCase copy(LicensingState state, CaseDeadlines deadlines, List<String> officers,
			LocalDate hearingRightNotifiedOn, String hearingRecord, Licence licence, List<String> interestedParties,
			String requiredHearing, RenewalApplication renewal) {
		return new LicensingCase(this.id, this.item, this.applicant, state, deadlines, officers, hearingRightNotifiedOn,
				hearingRecord, licence, interestedParties, requiredHearing, renewal, this.fullRecording,
				this.majorAssessment, this.revision + 1);
	}

	private LicensingCase withMajorAssessment(MajorAssessment assessment) {
		return new LicensingCase(this.id, this.item, this.applicant, this.state, this.deadlines, this.officers,
				this.hearingRightNotifiedOn, this.hearingRecord, this.licence, this.interestedParties,
				this.requiredHearing, this.renewal, this.fullRecording, assessment, this.revision + 1);
	}

	/** Who a notice of the hearing goes to: the applicant and every interested party. */
	private List<String> parties() {
		List<String> parties = new ArrayList<>();
		parties.add(this.applicant);
		parties.addAll(this.interestedParties);
		return List.copyOf(parties);
	}

	private static Outcome move(LicensingCase next, CaseEvent event) {
		return new Outcome.Moved(next, event);
	}

	private TransitionRefused notNow(CaseAction action) {
		return new TransitionRefused(this.state.label(), action,
				this.state instanceof LicensingState.Archived ? ARCHIVED : "当前状态不允许此操作", null, allowedActions());
	}

	private TransitionRefused refuse(CaseAction action, Verdict.Refused refused) {
		return new TransitionRefused(this.state.label(), action, refused.reason(), refused.rule(), allowedActions());
	}

	/**
	 * The first refusal among {@code verdicts} as a transition refusal, or {@code null}.
	 */
	private TransitionRefused refusal(CaseAction action, Verdict... verdicts) {
		return Verdict.all(verdicts) instanceof Verdict.Refused r ? refuse(action, r) : null;
	}

}
