package org.sanxiang.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.calendar.WorkingDays;
import org.sanxiang.casework.Actor;
import org.sanxiang.casework.CaseEvent;
import org.sanxiang.casework.CaseFacts;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.CaseSnapshot;
import org.sanxiang.casework.DecisionGuard;
import org.sanxiang.casework.HearingHeld;
import org.sanxiang.casework.ItemVersion;
import org.sanxiang.casework.OfficersAssigned;
import org.sanxiang.casework.ProposedDecision;
import org.sanxiang.casework.SiteInspectionRecorded;
import org.sanxiang.catalog.Agency;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.Certificate;
import org.sanxiang.catalog.CertificateStatus;
import org.sanxiang.catalog.EntryKind;
import org.sanxiang.catalog.Item;
import org.sanxiang.catalog.LegalBasis;
import org.sanxiang.catalog.Officer;
import org.sanxiang.catalog.Unit;
import org.sanxiang.catalog.Versioned;
import org.sanxiang.documents.Documents;
import org.sanxiang.documents.IssuedDocument;
import org.sanxiang.evidence.Activity;
import org.sanxiang.evidence.EvidenceItem;
import org.sanxiang.evidence.EvidenceVault;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.StaffDirectory;
import org.sanxiang.identity.StaffMember;
import org.sanxiang.journal.Journal;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 法制审核 — the module's API, for the REST API, the console and any other caller: submit a
 * package for a case's major decision, conclude it on the seven points, make and confirm
 * the changes of a 修改后通过, reassign, extend, record a collective discussion; read the
 * reviews with their clocks and the facts the records show for each point; and the gate's
 * answer for a proposed decision. One transaction per command; a refusal
 * ({@link ReviewRefused}, naming the rule) changes nothing; every change publishes its
 * {@link ReviewEvent}s in its transaction, where the journal appends them (JL-1). A
 * caller without the role a command needs gets an {@link AccessDeniedException}.
 */
@Service
public class LegalReviews {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final int LIST_LIMIT = 200;

	private final ReviewRecords records;

	private final CaseFacts cases;

	private final Catalog catalog;

	private final EvidenceVault evidence;

	private final Journal journal;

	private final StaffDirectory staff;

	private final WorkingDays workingDays;

	private final Documents documents;

	private final ReviewSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final JsonMapper json;

	LegalReviews(ReviewRecords records, CaseFacts cases, Catalog catalog, EvidenceVault evidence, Journal journal,
			StaffDirectory staff, WorkingDays workingDays, Documents documents, ReviewSettings settings,
			ApplicationEventPublisher events, Clock clock, JsonMapper json) {
		this.records = records;
		this.cases = cases;
		this.catalog = catalog;
		this.evidence = evidence;
		this.journal = journal;
		this.staff = staff;
		this.workingDays = workingDays;
		this.documents = documents;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
		this.json = json;
	}

	// --- what callers send ---

	/**
	 * A review package as the officer fills it in (SH-3).
	 *
	 * @param caseId the case
	 * @param action the decision proposed, one of the case's
	 * {@link CaseSnapshot#majorDecisions()} (e.g. 准予许可)
	 * @param decisionText the decision's text exactly as it would be issued
	 * @param factsSummary 案件事实摘要
	 * @param legalBases the legal bases applied, each one of the item's catalog entry
	 * @param discretionApplied how the discretion benchmark was applied, or that none
	 * applies
	 * @param discretionReference the benchmark applied, by reference (optional)
	 * @param evidenceIds the evidence relied on, ids of this case's items in the evidence
	 * module
	 * @param hearingRecord the hearing record, required where the case had a hearing
	 * @param appraisalReports assessment, appraisal or expert reports (optional)
	 * @param handlingUnitOpinion 法制审核申请表: 承办机构意见
	 * @param handlingUnitHeadOpinion 法制审核申请表: 承办机构负责人意见
	 * @param collectiveDiscussionRequested whether the case needs 集体讨论 (complex or novel)
	 * @param collectiveDiscussionReason why
	 * @param reviewer a reviewer to assign by name; {@code null} assigns the least loaded
	 * eligible one
	 */
	public record Submission(CaseId caseId, String action, String decisionText, String factsSummary,
			List<LegalBasisChoice> legalBases, String discretionApplied, String discretionReference,
			List<String> evidenceIds, String hearingRecord, String appraisalReports, String handlingUnitOpinion,
			String handlingUnitHeadOpinion, boolean collectiveDiscussionRequested, String collectiveDiscussionReason,
			String reviewer) {
	}

	/** A legal basis of the item, by law and article as the catalog lists them. */
	public record LegalBasisChoice(String law, String article) {
	}

	/**
	 * The reviewer's conclusion on the current round (SH-4, SH-5).
	 *
	 * @param outcome 通过 / 修改后通过 / 退回补充 / 不通过
	 * @param points the seven points, each answered; a reason where not 符合
	 * @param crimeSuspected 是否涉嫌犯罪需要移送 (must be answered)
	 * @param crimeComment why, or to whom, when suspected
	 * @param requiredChanges for 修改后通过 the changes, for 退回补充 what to supplement
	 * @param remarks the reviewer's opinion in words (optional)
	 * @param collectiveDiscussionRequired whether the case is to go to 集体讨论
	 * @param collectiveDiscussionReason why
	 */
	public record Conclusion(ReviewOutcome outcome, List<PointFinding> points, Boolean crimeSuspected,
			String crimeComment, List<String> requiredChanges, String remarks, boolean collectiveDiscussionRequired,
			String collectiveDiscussionReason) {
	}

	/**
	 * For 修改后通过: the amended decision text and, for every required change, how it was
	 * made.
	 */
	public record Amendment(String decisionText, List<ReviewRound.ChangeMade> changes) {
	}

	/** 集体讨论 minutes (SH-5). */
	public record Minutes(LocalDate meetingOn, String chair, List<CollectiveDiscussion.Participant> participants,
			String conclusion, Boolean agreed) {
	}

	/**
	 * What a package for the case can hold: the decisions that need review, the item's
	 * legal bases, the case's evidence, its hearing record, the procedure as journaled,
	 * the reviewers who may review it, and the review running, if any.
	 */
	public record Draft(CaseId caseId, String caseNumber, ItemVersion item, String state, boolean major,
			List<String> majorDecisions, List<LegalBasis> legalBases, List<EvidenceItem> evidence, String hearingRecord,
			List<String> procedureSummary, List<String> eligibleReviewers, ReviewId openReview) {
	}

	// --- commands ---

	/**
	 * 送审 (SH-3): the officer submits a complete package for one of the case's major
	 * decisions; it goes to the named reviewer or the least loaded one who did not handle
	 * the case. Refused: a case with no major decision to take (409, SH-2), a review
	 * already running (409), an incomplete package (422 listing everything missing,
	 * SH-3), a reviewer who handled the case (409).
	 */
	@Transactional
	public LegalReview submit(Submission submission, Actor officer) {
		require(officer, "提交法制审核", Role.OFFICER);
		if (submission == null || submission.caseId() == null) {
			throw InputRejected.invalid("caseId", "请指明案件");
		}
		CaseSnapshot c = snapshot(submission.caseId());
		refuse(PackagePolicy.open(c));
		refuse(PackagePolicy.major(c));
		this.records.openOf(c.id())
			.ifPresent(open -> refuse(Refusal.conflict(ReviewRule.SH_5, "caseId",
					"本案已有正在进行的法制审核（" + open.status().label() + "），请在该审核中办理；审核通过或不通过后方可重新送审")));
		ReviewPackage p = pack(submission, c);
		SeparationOfDuties involved = involvement(c, List.of(officer.account()));
		String reviewer = reviewerFor(submission.reviewer(), involved, null);
		Instant at = this.clock.instant();
		LocalDate today = today();
		ReviewRound first = new ReviewRound(1, p, officer.account(), at, today, dueOn(today), null, null, null, null);
		boolean named = !PackagePolicy.blank(submission.reviewer());
		LegalReview.Assignment assignment = new LegalReview.Assignment(reviewer,
				named ? officer.account() : Actor.SYSTEM.account(), at, named ? "指定" : "自动指派（在办审核最少）", null);
		LegalReview review = LegalReview.submitted(ReviewId.random(), c.id(), c.number(), c.item(), c.agencyCode(),
				first, assignment, c.collectiveDiscussion());
		this.records.add(review);
		publish(new ReviewSubmitted(review.id(), c.id(), 1, p.action(), p.digest(), today, first.dueOn(),
				review.collectiveDiscussionRequired(), officer.account(), at));
		publish(new ReviewAssigned(review.id(), c.id(), reviewer, assignment.how(), assignment.by(), at));
		return review;
	}

	/**
	 * 重新送审 after 退回补充 (SH-5): a complete package again, as the next round, to the same
	 * reviewer; the clock starts anew. Every earlier round is kept.
	 */
	@Transactional
	public LegalReview resubmit(ReviewId id, Submission submission, Actor officer) {
		require(officer, "重新提交法制审核", Role.OFFICER);
		LegalReview r = forUpdate(id);
		if (r.status() != ReviewStatus.RETURNED) {
			refuse(Refusal.conflict(ReviewRule.SH_5, "status",
					"只有退回补充的法制审核可以重新送审，本审核当前状态为“" + r.status().label() + "”"));
		}
		if (submission == null) {
			throw InputRejected.invalid("action", "请填写送审材料");
		}
		if (submission.caseId() != null && !submission.caseId().equals(r.caseId())) {
			throw InputRejected.unprocessable("caseId", "重新送审的案件与原审核的案件不一致");
		}
		CaseSnapshot c = snapshot(r.caseId());
		refuse(PackagePolicy.open(c));
		refuse(PackagePolicy.major(c));
		ReviewPackage p = pack(submission, c);
		List<String> submitters = new ArrayList<>(r.submitters());
		submitters.add(officer.account());
		Refusal conflicted = involvement(c, submitters).check(r.reviewer(), "reviewer");
		if (conflicted != null) {
			refuse(new Refusal(conflicted.rule(), conflicted.reason() + "，请负责人改派后再送审", true, conflicted.errors()));
		}
		Instant at = this.clock.instant();
		LocalDate today = today();
		int number = r.rounds().size() + 1;
		ReviewRound next = new ReviewRound(number, p, officer.account(), at, today, dueOn(today), null, null, null,
				null);
		LegalReview resubmitted = r.resubmitted(next);
		this.records.update(resubmitted, r.revision());
		publish(new ReviewSubmitted(r.id(), r.caseId(), number, p.action(), p.digest(), today, next.dueOn(),
				p.collectiveDiscussionRequested(), officer.account(), at));
		return resubmitted;
	}

	/**
	 * 审核结论 on the current round by its reviewer: the seven points and the crime question
	 * answered (SH-4), an outcome with the changes it requires (SH-5) and, unless
	 * returned, the 法制审核意见书 issued in the same transaction through the documents module
	 * (WS-2): numbered in its series of the register, its PDF stored, verifiable and
	 * journaled; its number is the opinion's. Refused: another reviewer (403), a round
	 * already concluded (409), a reviewer who now appears among those who handled the
	 * case (409), an incomplete or contradictory conclusion (422), an opinion that cannot
	 * be issued (422, e.g. a character the documents' font lacks) — each changing nothing
	 * and taking no number.
	 */
	@Transactional
	public LegalReview conclude(ReviewId id, Conclusion conclusion, Actor reviewer) {
		require(reviewer, "作出法制审核结论", Role.REVIEWER);
		LegalReview r = forUpdate(id);
		assigned(r, reviewer);
		if (r.status() != ReviewStatus.UNDER_REVIEW) {
			refuse(Refusal.conflict(ReviewRule.SH_5, "status",
					"本审核当前状态为“" + r.status().label() + "”，第" + r.currentRound().number() + "轮不能再作出审核结论"));
		}
		CaseSnapshot c = snapshot(r.caseId());
		refuse(involvement(c, r.submitters()).check(reviewer.account(), "reviewer"));
		if (conclusion == null) {
			throw InputRejected.invalid("outcome", "请填写审核结论");
		}
		refuse(ConclusionPolicy.check(conclusion));
		Instant at = this.clock.instant();
		LocalDate today = today();
		List<PointFinding> points = new ArrayList<>();
		ConclusionPolicy.answered(conclusion.points())
			.values()
			.forEach(f -> points.add(new PointFinding(f.point(), f.finding(), strip(f.comment()))));
		List<String> changes = conclusion.requiredChanges() == null ? List.of()
				: conclusion.requiredChanges()
					.stream()
					.filter(s -> !PackagePolicy.blank(s))
					.map(String::strip)
					.toList();
		ReviewOpinion opinion = new ReviewOpinion(conclusion.outcome(), points, conclusion.crimeSuspected(),
				strip(conclusion.crimeComment()), changes, strip(conclusion.remarks()), null, reviewer.account(), today,
				at, ComputedFindings.of(facts(r, c), r.currentRound().submitted()), null);
		if (conclusion.outcome().opinion()) {
			// before any event of this transaction: issuing locks the series, then the
			// journal, and every transaction must take the two in that order
			IssuedDocument document = issueOpinion(r, c, opinion, reviewer, today);
			opinion = opinion.issuedAs(document.number(), document.id());
		}
		boolean newlyRequired = conclusion.collectiveDiscussionRequired() && !r.collectiveDiscussionRequired();
		LegalReview concluded = r.concluded(opinion, conclusion.collectiveDiscussionRequired(),
				strip(conclusion.collectiveDiscussionReason()));
		this.records.update(concluded, r.revision());
		publish(new ReviewConcluded(r.id(), r.caseId(), r.currentRound().number(), conclusion.outcome(),
				opinion.number(), changes, conclusion.crimeSuspected(), r.currentRound().proposedDigest(),
				reviewer.account(), at));
		if (newlyRequired) {
			publish(new CollectiveDiscussionRequired(r.id(), r.caseId(), concluded.collectiveDiscussionReason(),
					reviewer.account(), at));
		}
		return concluded;
	}

	/**
	 * 修改后通过: the officer submits the amended decision text, confirming every required
	 * change with how it was made (SH-5); the reviewer is then to confirm. May be sent
	 * again until the reviewer confirms.
	 */
	@Transactional
	public LegalReview amend(ReviewId id, Amendment amendment, Actor officer) {
		require(officer, "提交修改后的决定", Role.OFFICER);
		LegalReview r = forUpdate(id);
		if (r.status() != ReviewStatus.AWAITING_AMENDMENT && r.status() != ReviewStatus.AWAITING_CONFIRMATION) {
			refuse(Refusal.conflict(ReviewRule.SH_5, "status",
					"只有修改后通过的法制审核可以提交修改后的决定，本审核当前状态为“" + r.status().label() + "”"));
		}
		if (officer.account().equalsIgnoreCase(r.reviewer())) {
			refuse(Refusal.conflict(ReviewRule.SEPARATION, "reviewer", "法制审核人员不得代承办人修改本人审核的决定"));
		}
		List<String> required = r.currentRound().opinion().requiredChanges();
		List<InputRejected.FieldError> errors = new ArrayList<>();
		if (amendment == null || PackagePolicy.blank(amendment.decisionText())) {
			errors.add(new InputRejected.FieldError("decisionText", "请填写修改后的决定内容"));
		}
		else if (amendment.decisionText().length() > PackagePolicy.MAX_TEXT) {
			errors.add(new InputRejected.FieldError("decisionText", "决定内容不能超过" + PackagePolicy.MAX_TEXT + "字"));
		}
		Map<Integer, String> made = new HashMap<>();
		if (amendment != null && amendment.changes() != null) {
			for (ReviewRound.ChangeMade change : amendment.changes()) {
				if (change != null && change.change() >= 1 && change.change() <= required.size()
						&& !PackagePolicy.blank(change.how())) {
					made.put(change.change(), change.how().strip());
				}
			}
		}
		for (int i = 1; i <= required.size(); i++) {
			if (!made.containsKey(i)) {
				errors.add(new InputRejected.FieldError("changes[" + i + "]",
						"请确认第" + i + "项修改（" + required.get(i - 1) + "）并说明如何修改"));
			}
		}
		if (!errors.isEmpty()) {
			refuse(Refusal.unprocessable(ReviewRule.SH_5, "修改后通过的，应当逐项确认审核意见要求的修改，共" + errors.size() + "项未完成", errors));
		}
		Instant at = this.clock.instant();
		List<ReviewRound.ChangeMade> changes = new ArrayList<>();
		made.keySet().stream().sorted().forEach(n -> changes.add(new ReviewRound.ChangeMade(n, made.get(n))));
		String digest = ProposedDecision.digestOf(r.action(), amendment.decisionText());
		LegalReview amended = r
			.amended(new ReviewRound.Amendment(amendment.decisionText(), digest, changes, officer.account(), at));
		this.records.update(amended, r.revision());
		publish(new ReviewAmended(r.id(), r.caseId(), r.currentRound().number(), digest, changes.size(),
				officer.account(), at));
		return amended;
	}

	/**
	 * 修改后通过: the reviewer confirms the changes; the review passes and clears the amended
	 * text, and only that text (SH-1).
	 */
	@Transactional
	public LegalReview confirmChanges(ReviewId id, Actor reviewer) {
		require(reviewer, "确认修改", Role.REVIEWER);
		LegalReview r = forUpdate(id);
		assigned(r, reviewer);
		if (r.status() != ReviewStatus.AWAITING_CONFIRMATION) {
			refuse(Refusal.conflict(ReviewRule.SH_5, "status", r.status() == ReviewStatus.AWAITING_AMENDMENT
					? "承办人尚未提交修改后的决定" : "本审核当前状态为“" + r.status().label() + "”，没有待确认的修改"));
		}
		refuse(involvement(snapshot(r.caseId()), r.submitters()).check(reviewer.account(), "reviewer"));
		Instant at = this.clock.instant();
		String cleared = r.currentRound().amendment().digest();
		LegalReview confirmed = r.confirmed(new ReviewRound.Confirmation(reviewer.account(), at, cleared));
		this.records.update(confirmed, r.revision());
		publish(new ReviewChangesConfirmed(r.id(), r.caseId(), r.currentRound().number(), cleared, reviewer.account(),
				at));
		return confirmed;
	}

	/**
	 * 改派 by a 负责人, with the reason: to the named reviewer or the least loaded eligible
	 * one other than the current; journaled.
	 */
	@Transactional
	public LegalReview reassign(ReviewId id, String to, String reason, Actor director) {
		require(director, "改派法制审核人员", Role.DIRECTOR);
		LegalReview r = forUpdate(id);
		if (!r.open()) {
			refuse(Refusal.conflict(ReviewRule.SH_5, "status", "本审核已经结束（" + r.status().label() + "），不能改派"));
		}
		if (PackagePolicy.blank(reason)) {
			throw InputRejected.invalid("reason", "请说明改派理由");
		}
		if (!PackagePolicy.blank(to) && to.strip().equalsIgnoreCase(r.reviewer())) {
			throw InputRejected.unprocessable("reviewer", to.strip() + " 已是本审核的审核人员");
		}
		String next = reviewerFor(to, involvement(snapshot(r.caseId()), r.submitters()), r.reviewer());
		Instant at = this.clock.instant();
		boolean named = !PackagePolicy.blank(to);
		LegalReview reassigned = r.reassigned(new LegalReview.Assignment(next, director.account(), at,
				named ? "改派（指定）" : "改派（自动指派在办审核最少）", reason.strip()));
		this.records.update(reassigned, r.revision());
		publish(new ReviewReassigned(r.id(), r.caseId(), r.reviewer(), next, reason.strip(), director.account(), at));
		return reassigned;
	}

	/**
	 * 延长审核期限 once per round by a 负责人, by the configured working days (default 3, SH-5).
	 * The case's decision clock runs on regardless.
	 */
	@Transactional
	public LegalReview extend(ReviewId id, String reason, Actor director) {
		require(director, "批准延长法制审核期限", Role.DIRECTOR);
		LegalReview r = forUpdate(id);
		if (!ReviewStatus.WITH_REVIEWER.contains(r.status())) {
			refuse(Refusal.conflict(ReviewRule.SH_5, "status", "本审核当前状态为“" + r.status().label() + "”，审核期限未在计算"));
		}
		ReviewRound round = r.currentRound();
		if (round.extension() != null) {
			refuse(Refusal.conflict(ReviewRule.SH_5, "extension", "第" + round.number() + "轮审核期限已于 "
					+ round.extension().at().atZone(CHINA).toLocalDate() + " 延长过一次，不能再次延长"));
		}
		if (PackagePolicy.blank(reason)) {
			throw InputRejected.invalid("reason", "请说明延长审核期限的理由");
		}
		int days = this.settings.extension();
		Instant at = this.clock.instant();
		LocalDate due = ReviewClock.dueOn(round.completeOn(), this.settings.timeLimit() + days, this.workingDays);
		LegalReview extended = r.extended(new ReviewRound.Extension(days, reason.strip(), director.account(), at), due);
		this.records.update(extended, r.revision());
		publish(new ReviewExtended(r.id(), r.caseId(), round.number(), days, due, reason.strip(), director.account(),
				at));
		return extended;
	}

	/**
	 * 提请集体讨论: the case's reviewer or an officer marks the case as needing a collective
	 * discussion before its decision (complex or novel, or disagreement, SH-5).
	 */
	@Transactional
	public LegalReview requireCollectiveDiscussion(ReviewId id, String reason, Actor actor) {
		LegalReview r = forUpdate(id);
		boolean ownReviewer = actor.has(Role.REVIEWER) && actor.account().equalsIgnoreCase(r.reviewer());
		if (!ownReviewer && !actor.has(Role.OFFICER)) {
			throw new AccessDeniedException("提请集体讨论需要本案的法制审核人员或执法人员");
		}
		if (r.status() == ReviewStatus.REJECTED) {
			refuse(Refusal.conflict(ReviewRule.SH_5, "status", "法制审核不通过，不能作出决定，无需提请集体讨论"));
		}
		if (r.collectiveDiscussionRequired()) {
			refuse(Refusal.conflict(ReviewRule.SH_5, "collectiveDiscussionRequired",
					"本案已提请集体讨论（" + r.collectiveDiscussionReason() + "）"));
		}
		if (PackagePolicy.blank(reason)) {
			throw InputRejected.invalid("reason", "请说明提请集体讨论的理由");
		}
		Instant at = this.clock.instant();
		LegalReview required = r.discussionRequired(reason.strip());
		this.records.update(required, r.revision());
		publish(new CollectiveDiscussionRequired(r.id(), r.caseId(), reason.strip(), actor.account(), at));
		return required;
	}

	/**
	 * 集体讨论 minutes, recorded by a 负责人 once per review: quorum (setting, default 3),
	 * chaired by a 负责人, each opinion, the conclusion (SH-5). A case that needs it is
	 * decided only after it agreed.
	 */
	@Transactional
	public LegalReview recordCollectiveDiscussion(ReviewId id, Minutes minutes, Actor director) {
		require(director, "记录集体讨论", Role.DIRECTOR);
		LegalReview r = forUpdate(id);
		if (r.collectiveDiscussion() != null) {
			refuse(Refusal.conflict(ReviewRule.SH_5, "meetingOn",
					"本审核已记录 " + r.collectiveDiscussion().meetingOn() + " 的集体讨论；结论不同的，请重新送审"));
		}
		if (minutes == null) {
			throw InputRejected.invalid("meetingOn", "请填写集体讨论记录");
		}
		refuse(DiscussionPolicy.check(minutes, this.settings.discussionQuorum(), this.staff::find, today()));
		List<CollectiveDiscussion.Participant> participants = new ArrayList<>();
		for (CollectiveDiscussion.Participant p : minutes.participants()) {
			String account = PackagePolicy.blank(p.account()) ? null : p.account().strip();
			String name = !PackagePolicy.blank(p.name()) ? p.name().strip()
					: this.staff.find(account).map(StaffMember::displayName).orElse(account);
			participants.add(new CollectiveDiscussion.Participant(account, name, p.opinion().strip()));
		}
		Instant at = this.clock.instant();
		CollectiveDiscussion discussion = new CollectiveDiscussion(minutes.meetingOn(), minutes.chair().strip(),
				participants, minutes.conclusion().strip(), minutes.agreed(), director.account(), at);
		LegalReview discussed = r.discussed(discussion);
		this.records.update(discussed, r.revision());
		publish(new CollectiveDiscussionHeld(r.id(), r.caseId(), discussion.meetingOn(), discussion.chair(),
				participants.stream().map(p -> p.account() != null ? p.account() : p.name()).toList(),
				discussion.conclusion(), discussion.agreed(), director.account(), at));
		return discussed;
	}

	// --- reading ---

	@Transactional(readOnly = true)
	public LegalReview review(ReviewId id) {
		return this.records.find(id).orElseThrow(() -> new NotFound("未找到该法制审核：" + id));
	}

	/** The case's reviews, latest (the one the gate reads) first. */
	@Transactional(readOnly = true)
	public List<LegalReview> ofCase(CaseId caseId) {
		return this.records.ofCase(caseId);
	}

	/** A reviewer's work list: assigned reviews, running ones first. */
	@Transactional(readOnly = true)
	public List<LegalReview> assignedTo(String reviewer) {
		return this.records.assignedTo(reviewer, LIST_LIMIT);
	}

	/** An officer's submissions, running ones first. */
	@Transactional(readOnly = true)
	public List<LegalReview> submittedBy(String officer) {
		return this.records.submittedBy(officer, LIST_LIMIT);
	}

	/** Every running review, the earliest due first. */
	@Transactional(readOnly = true)
	public List<LegalReview> open() {
		return this.records.open();
	}

	/** Reviews with the reviewer past their due day (SH-5). */
	@Transactional(readOnly = true)
	public List<LegalReview> overdue() {
		return withReviewer(ReviewClock.OVERDUE);
	}

	/** Reviews with the reviewer whose due day is near (预警). */
	@Transactional(readOnly = true)
	public List<LegalReview> dueSoon() {
		return withReviewer(ReviewClock.WARNING);
	}

	/**
	 * The review clock today, while the reviewer has the review (审核中, or a 修改后通过 awaiting
	 * confirmation); {@code null} otherwise.
	 */
	@Transactional(readOnly = true)
	public ReviewClock clock(LegalReview review) {
		if (!ReviewStatus.WITH_REVIEWER.contains(review.status())) {
			return null;
		}
		LocalDate caseDue = this.cases.find(review.caseId()).map(CaseSnapshot::decisionDue).orElse(null);
		return ReviewClock.of(review.currentRound(), caseDue, today(), this.settings.warningDays(), this.workingDays);
	}

	/**
	 * What the records show today for the seven points of the current round (SH-4): the
	 * reviewer's starting point, never their answer.
	 */
	@Transactional(readOnly = true)
	public List<ComputedFinding> computedFindings(LegalReview review) {
		return ComputedFindings.of(facts(review, snapshot(review.caseId())), review.currentRound().submitted());
	}

	/** What a package for the case can hold (for the officer's form). */
	@Transactional(readOnly = true)
	public Draft draft(CaseId caseId) {
		CaseSnapshot c = snapshot(caseId);
		SeparationOfDuties involved = involvement(c, List.of());
		List<String> eligible = this.staff.holding(Role.REVIEWER)
			.stream()
			.map(StaffMember::username)
			.filter(u -> !involved.involved(u))
			.toList();
		return new Draft(c.id(), c.number(), c.item(), c.state(), !c.majorDecisions().isEmpty(), c.majorDecisions(),
				itemOf(c).legalBases(), this.evidence.itemsOf(caseId.value()), c.hearingRecord(),
				ProcedureSummary.lines(this.journal.entriesOfCase(caseId.value()), this.json), eligible,
				this.records.openOf(caseId).map(LegalReview::id).orElse(null));
	}

	/**
	 * The gate's answer for a major decision about to be made (SH-1): see
	 * {@link GatePolicy}. The casework module asks it through its {@link DecisionGuard}.
	 */
	@Transactional(readOnly = true)
	public DecisionGuard.Clearance clearance(ProposedDecision proposal) {
		return GatePolicy.clearance(this.records.latestOf(proposal.caseId()).orElse(null), proposal);
	}

	/**
	 * Coverage of major decisions, review times and outcomes of the rounds concluded in
	 * [{@code from}, {@code to}] (either may be {@code null}), the running and overdue
	 * reviews, and the reviewer ratios.
	 */
	@Transactional(readOnly = true)
	public ReviewStatistics statistics(LocalDate from, LocalDate to) {
		ReviewRecords.Coverage coverage = this.records.coverage(from, to);
		Map<ReviewOutcome, Long> outcomes = new EnumMap<>(ReviewOutcome.class);
		long days = 0;
		int timed = 0;
		int concluded = 0;
		for (LegalReview r : this.records.all()) {
			for (ReviewRound round : r.rounds()) {
				ReviewOpinion o = round.opinion();
				if (o == null || from != null && o.concludedOn().isBefore(from)
						|| to != null && o.concludedOn().isAfter(to)) {
					continue;
				}
				concluded++;
				outcomes.merge(o.outcome(), 1L, Long::sum);
				try {
					days += this.workingDays.workingDaysBetween(round.completeOn(), o.concludedOn());
					timed++;
				}
				catch (InputRejected ex) {
					// a period outside the loaded calendar: not timed
				}
			}
		}
		List<ReviewStatistics.OutcomeCount> counts = new ArrayList<>();
		for (ReviewOutcome o : ReviewOutcome.values()) {
			counts.add(new ReviewStatistics.OutcomeCount(o, o.label(), outcomes.getOrDefault(o, 0L)));
		}
		List<LegalReview> open = this.records.open();
		int overdue = (int) open.stream().map(this::clock).filter(c -> c != null && c.overdue()).count();
		List<String> unlinked = new ArrayList<>();
		List<ReviewerRatio> ratios = reviewerRatios(unlinked);
		return new ReviewStatistics(from, to, coverage.decided(), coverage.reviewed(),
				coverage.decided() == 0 ? null : (double) coverage.reviewed() / coverage.decided(), concluded, counts,
				timed == 0 ? null : (double) days / timed, open.size(), overdue, ratios, unlinked);
	}

	/**
	 * Reviewers to certified officers per agency (SH-7): a reviewer is an officer whose
	 * staff account holds the 法制审核人员 role.
	 */
	@Transactional(readOnly = true)
	public List<ReviewerRatio> reviewerRatios() {
		return reviewerRatios(new ArrayList<>());
	}

	// --- internals ---

	private List<ReviewerRatio> reviewerRatios(List<String> unlinked) {
		LocalDate today = today();
		Set<String> reviewers = new LinkedHashSet<>();
		this.staff.holding(Role.REVIEWER).forEach(m -> reviewers.add(m.username().toLowerCase(Locale.ROOT)));
		List<Officer> officers = this.catalog.officers();
		Set<String> linked = new HashSet<>();
		List<ReviewerRatio> ratios = new ArrayList<>();
		for (Agency agency : this.catalog.agencies()) {
			List<Officer> own = officers.stream().filter(o -> agency.creditCode().equals(o.agencyCode())).toList();
			int certified = (int) own.stream().filter(o -> o.certifiedOn(today)).count();
			List<String> accounts = own.stream()
				.map(Officer::account)
				.filter(a -> a != null && reviewers.contains(a.toLowerCase(Locale.ROOT)))
				.toList();
			accounts.forEach(a -> linked.add(a.toLowerCase(Locale.ROOT)));
			double ratio = certified == 0 ? 0 : (double) accounts.size() / certified;
			ratios.add(new ReviewerRatio(agency.creditCode(), agency.name(), certified, accounts.size(), ratio,
					this.settings.reviewerRatio(), ratio >= this.settings.reviewerRatio(), accounts));
		}
		reviewers.stream().filter(r -> !linked.contains(r)).forEach(unlinked::add);
		return ratios;
	}

	private List<LegalReview> withReviewer(String urgency) {
		return this.records.open().stream().filter(r -> ReviewStatus.WITH_REVIEWER.contains(r.status())).filter(r -> {
			ReviewClock c = clock(r);
			return c != null && urgency.equals(c.urgency());
		}).toList();
	}

	/**
	 * The package as submitted, once complete (SH-3); 422 listing all that is missing.
	 */
	private ReviewPackage pack(Submission s, CaseSnapshot c) {
		List<LegalBasis> bases = itemOf(c).legalBases();
		List<EvidenceItem> held = this.evidence.itemsOf(c.id().value());
		refuse(PackagePolicy.complete(s, c, bases, held));
		List<ReviewPackage.Evidence> listed = new ArrayList<>();
		Set<UUID> seen = new HashSet<>();
		for (String id : s.evidenceIds()) {
			UUID uuid = PackagePolicy.uuid(id);
			if (seen.add(uuid)) {
				held.stream()
					.filter(e -> e.id().equals(uuid))
					.findFirst()
					.ifPresent(e -> listed.add(new ReviewPackage.Evidence(e.id(), e.fileName(), e.activity().label(),
							e.mediaType(), e.sm3(), e.captureStart())));
			}
		}
		return new ReviewPackage(s.action(), s.decisionText(), ProposedDecision.digestOf(s.action(), s.decisionText()),
				s.factsSummary().strip(), PackagePolicy.chosen(s.legalBases(), bases), s.discretionApplied().strip(),
				strip(s.discretionReference()), listed, strip(s.hearingRecord()), strip(s.appraisalReports()),
				ProcedureSummary.lines(this.journal.entriesOfCase(c.id().value()), this.json),
				s.handlingUnitOpinion().strip(), s.handlingUnitHeadOpinion().strip(), s.collectiveDiscussionRequested(),
				s.collectiveDiscussionRequested() ? s.collectiveDiscussionReason().strip() : null);
	}

	/**
	 * The reviewer to assign: the named one if they hold the role and had no hand in the
	 * case, else the least loaded eligible one (ties by user name), never
	 * {@code excluded}.
	 */
	private String reviewerFor(String named, SeparationOfDuties involved, String excluded) {
		if (!PackagePolicy.blank(named)) {
			String account = named.strip();
			Optional<StaffMember> member = this.staff.find(account);
			if (member.isEmpty() || !member.get().enabled() || !member.get().has(Role.REVIEWER)) {
				refuse(Refusal.unprocessable(ReviewRule.SEPARATION, "reviewer", account + " 不是在岗的法制审核人员"));
			}
			refuse(involved.check(member.get().username(), "reviewer"));
			return member.get().username();
		}
		Map<String, Integer> load = this.records.load();
		return this.staff.holding(Role.REVIEWER)
			.stream()
			.map(StaffMember::username)
			.filter(u -> !involved.involved(u))
			.filter(u -> excluded == null || !u.equalsIgnoreCase(excluded))
			.min(Comparator.<String>comparingInt(u -> load.getOrDefault(u.toLowerCase(Locale.ROOT), 0))
				.thenComparing(u -> u.toLowerCase(Locale.ROOT)))
			.orElseThrow(() -> new ReviewRefused(Refusal.conflict(ReviewRule.SEPARATION, "reviewer",
					"没有可以审核本案的法制审核人员：在岗的法制审核人员均参与过本案" + (excluded == null ? "" : "或是当前审核人员"))));
	}

	/** Who had a hand in the case (SH-1: a reviewer never reviews such a case). */
	private SeparationOfDuties involvement(CaseSnapshot c, List<String> submitters) {
		Map<String, String> accounts = new HashMap<>();
		Set<String> officerIds = new LinkedHashSet<>(c.officerIds());
		for (CaseEvent e : c.history()) {
			if (e instanceof OfficersAssigned a) {
				officerIds.addAll(a.officerIds());
			}
			if (e instanceof SiteInspectionRecorded s) {
				officerIds.addAll(s.officerIds());
			}
		}
		for (String id : officerIds) {
			this.catalog.history(EntryKind.OFFICER, id)
				.stream()
				.map(Versioned::content)
				.map(Officer::account)
				.filter(a -> a != null && !a.isBlank())
				.findFirst()
				.ifPresent(a -> accounts.put(id, a));
		}
		return SeparationOfDuties.of(c, accounts, this.evidence.historyOf(c.id().value()), submitters);
	}

	/** The facts for the seven points of {@code review} (SH-4). */
	private ComputedFindings.Facts facts(LegalReview review, CaseSnapshot c) {
		Optional<Versioned<Item>> current = this.catalog.current(EntryKind.ITEM, c.item().code());
		Optional<Agency> agency = this.catalog.agency(c.agencyCode());
		boolean held = current.isPresent() && !current.get().retired() && agency.isPresent()
				&& c.agencyCode().equals(current.get().content().agencyCode());
		String power = held
				? "本机关（" + agency.get().name() + "）权责清单列有事项 " + c.item().code() + " " + c.item().name() + "（现行第"
						+ current.get().version() + "版）"
				: "事项 " + c.item().code() + " " + c.item().name() + " 不在本机关现行权责清单中";
		Set<UUID> stillHeld = new HashSet<>();
		this.evidence.itemsOf(c.id().value()).forEach(e -> stillHeld.add(e.id()));
		List<String> gone = review.currentRound()
			.submitted()
			.evidence()
			.stream()
			.filter(e -> !stillHeld.contains(e.id()))
			.map(ReviewPackage.Evidence::fileName)
			.toList();
		return new ComputedFindings.Facts(c, held, power, certificateChecks(c), mediaChecks(c), gone,
				current.map(v -> v.content().legalBases()).orElse(List.of()));
	}

	/** Every officer named by an act of the case, on that act's date (ZJ-1). */
	private List<ComputedFindings.CertificateCheck> certificateChecks(CaseSnapshot c) {
		List<ComputedFindings.CertificateCheck> checks = new ArrayList<>();
		for (CaseEvent e : c.history()) {
			if (e instanceof OfficersAssigned a) {
				LocalDate on = a.recorded().at().atZone(CHINA).toLocalDate();
				a.officerIds().forEach(id -> checks.add(certificate("指派承办人", on, id)));
			}
			if (e instanceof SiteInspectionRecorded s) {
				s.officerIds().forEach(id -> checks.add(certificate("现场核查", s.inspectedOn(), id)));
			}
		}
		return checks;
	}

	private ComputedFindings.CertificateCheck certificate(String act, LocalDate on, String officerId) {
		Optional<Officer> officer = this.catalog.asOf(EntryKind.OFFICER, officerId, on).map(Versioned::content);
		if (officer.isEmpty()) {
			return new ComputedFindings.CertificateCheck(act, on, officerId, officerId, null, false, "当日不在执法人员名录中");
		}
		Officer o = officer.get();
		Certificate cert = o.certificate();
		String why = cert == null ? "无行政执法证" : cert.status() != CertificateStatus.VALID
				? "证件状态为" + cert.status().label() : "不在有效期内（" + cert.validFrom() + " 至 " + cert.validTo() + "）";
		return new ComputedFindings.CertificateCheck(act, on, officerId, o.name(), cert == null ? null : cert.number(),
				o.certifiedOn(on), o.certifiedOn(on) ? null : why);
	}

	/**
	 * The activities of the case the law requires on audio/video (JL-3): on-site
	 * verification where the item requires recording, and every hearing.
	 */
	private List<ComputedFindings.MediaCheck> mediaChecks(CaseSnapshot c) {
		boolean inspected = c.history().stream().anyMatch(SiteInspectionRecorded.class::isInstance);
		boolean heard = c.history().stream().anyMatch(HearingHeld.class::isInstance);
		List<ComputedFindings.MediaCheck> checks = new ArrayList<>();
		if (inspected && itemOf(c).mediaRecordRequired()) {
			checks.add(media(c, Activity.SITE_INSPECTION));
		}
		if (heard) {
			checks.add(media(c, Activity.HEARING));
		}
		return checks;
	}

	private ComputedFindings.MediaCheck media(CaseSnapshot c, Activity activity) {
		UUID id = c.id().value();
		return new ComputedFindings.MediaCheck(activity.label(), this.evidence.recordingsOf(id, activity).size(),
				this.evidence.approvedExemption(id, activity).orElse(null));
	}

	/** The catalog item in the version the case applies. */
	private Item itemOf(CaseSnapshot c) {
		return this.catalog.history(EntryKind.ITEM, c.item().code())
			.stream()
			.filter(v -> v.version() == c.item().version())
			.map(Versioned::content)
			.findFirst()
			.orElseThrow(() -> new NotFound("目录中没有事项 " + c.item().code() + " 第" + c.item().version() + "版"));
	}

	/**
	 * Issues the 法制审核意见书 of {@code opinion} (WS-2) in the caller's transaction; a
	 * document the documents module refuses refuses the conclusion (422), and the
	 * rollback returns its number to the series.
	 */
	private IssuedDocument issueOpinion(LegalReview r, CaseSnapshot c, ReviewOpinion opinion, Actor reviewer,
			LocalDate today) {
		Map<String, String> inputs = OpinionDocument.inputs(r.currentRound(), opinion, handlingUnit(r, c),
				this.staff.find(reviewer.account()).map(StaffMember::displayName).orElse(reviewer.name()));
		try {
			return this.documents.issue(r.caseId(), OpinionDocument.TEMPLATE, inputs, today, reviewer);
		}
		catch (InputRejected ex) {
			throw new ReviewRefused(OpinionDocument.refusal(ex, inputs));
		}
	}

	/**
	 * The unit the opinion is addressed to: the item's handling unit, else the unit of
	 * the officer who submitted the round.
	 */
	private String handlingUnit(LegalReview r, CaseSnapshot c) {
		Optional<String> unitCode = Optional.ofNullable(itemOf(c).unitCode())
			.filter(u -> !u.isBlank())
			.or(() -> this.staff.find(r.currentRound().submittedBy()).map(StaffMember::unitCode));
		return unitCode.flatMap(this.catalog::unit).map(Unit::name).orElse("承办机构");
	}

	private CaseSnapshot snapshot(CaseId id) {
		return this.cases.find(id).orElseThrow(() -> new NotFound("未找到该案件：" + id));
	}

	private LegalReview forUpdate(ReviewId id) {
		return this.records.findForUpdate(id).orElseThrow(() -> new NotFound("未找到该法制审核：" + id));
	}

	private LocalDate dueOn(LocalDate completeOn) {
		return ReviewClock.dueOn(completeOn, this.settings.timeLimit(), this.workingDays);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(CHINA));
	}

	private void publish(ReviewEvent event) {
		this.events.publishEvent(event);
	}

	private static void require(Actor actor, String what, Role role) {
		if (actor == null || !actor.has(role)) {
			throw new AccessDeniedException(what + "需要" + role.label() + "（" + role.name() + "）角色");
		}
	}

	private static void assigned(LegalReview r, Actor reviewer) {
		if (!reviewer.account().equalsIgnoreCase(r.reviewer())) {
			throw new AccessDeniedException("本审核指派给 " + r.reviewer() + "，只有其本人可以办理");
		}
	}

	private static void refuse(Refusal refusal) {
		if (refusal != null) {
			throw new ReviewRefused(refusal);
		}
	}

	private static String strip(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
