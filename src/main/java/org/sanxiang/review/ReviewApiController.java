package org.sanxiang.review;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.StaffActors;
import org.sanxiang.casework.CaseId;
import org.sanxiang.catalog.LegalBasis;
import org.sanxiang.evidence.EvidenceItem;
import org.sanxiang.identity.Role;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.NotFound;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 法制审核 over REST: the officer's package, the reviewer's work list and conclusion, the
 * 负责人's reassignment, extension and collective discussion, and the statistics supervision
 * reads. A refusal is a 409 or 422 problem naming the rule (SH-1 … SH-7) and every field
 * at fault; nothing changes.
 */
@RestController
@Tag(name = "法制审核", description = "重大执法决定法制审核：送审、指派与改派、七项审核要点、审核结论（通过、修改后通过、退回补充、不通过）、修改确认、延期、集体讨论、统计")
class ReviewApiController {

	private final LegalReviews reviews;

	ReviewApiController(LegalReviews reviews) {
		this.reviews = reviews;
	}

	// --- requests ---

	/** 送审材料 (SH-3). */
	record SubmissionRequest(String caseId, String action, String decisionText, String factsSummary,
			List<LegalReviews.LegalBasisChoice> legalBases, String discretionApplied, String discretionReference,
			List<String> evidenceIds, String hearingRecord, String appraisalReports, String handlingUnitOpinion,
			String handlingUnitHeadOpinion, Boolean collectiveDiscussionRequired, String collectiveDiscussionReason,
			String reviewer) {

		LegalReviews.Submission submission(CaseId caseId) {
			return new LegalReviews.Submission(caseId, this.action, this.decisionText, this.factsSummary,
					this.legalBases, this.discretionApplied, this.discretionReference, this.evidenceIds,
					this.hearingRecord, this.appraisalReports, this.handlingUnitOpinion, this.handlingUnitHeadOpinion,
					Boolean.TRUE.equals(this.collectiveDiscussionRequired), this.collectiveDiscussionReason,
					this.reviewer);
		}

	}

	record PointRequest(ReviewPoint point, Finding finding, String comment) {
	}

	record ConclusionRequest(ReviewOutcome outcome, List<PointRequest> points, Boolean crimeSuspected,
			String crimeComment, List<String> requiredChanges, String remarks, Boolean collectiveDiscussionRequired,
			String collectiveDiscussionReason) {
	}

	record ChangeRequest(Integer change, String how) {
	}

	record AmendmentRequest(String decisionText, List<ChangeRequest> changes) {
	}

	record ReassignmentRequest(String reviewer, String reason) {
	}

	record ReasonRequest(String reason) {
	}

	record ParticipantRequest(String account, String name, String opinion) {
	}

	record MinutesRequest(LocalDate meetingOn, String chair, List<ParticipantRequest> participants, String conclusion,
			Boolean agreed) {
	}

	// --- views ---

	record PointView(ReviewPoint point, String pointLabel, Finding finding, String findingLabel, String comment) {
	}

	record FindingView(ReviewPoint point, String pointLabel, Finding suggested, String suggestedLabel,
			List<String> facts) {
	}

	record OpinionView(ReviewOutcome outcome, String outcomeLabel, List<PointView> points, boolean crimeSuspected,
			String crimeComment, List<String> requiredChanges, String remarks, String number, UUID documentId,
			String reviewer, LocalDate concludedOn, Instant at, List<FindingView> computed) {
	}

	record RoundView(int number, ReviewPackage submitted, String submittedBy, Instant submittedAt, LocalDate completeOn,
			LocalDate dueOn, ReviewRound.Extension extension, OpinionView opinion, ReviewRound.Amendment amendment,
			ReviewRound.Confirmation confirmation) {
	}

	record DiscussionView(boolean required, String reason, boolean settled, CollectiveDiscussion held) {
	}

	/**
	 * One review in full: every round with its package and opinion, the clock, the
	 * assignments, the collective discussion, what the pass cleared, the latest 法制审核意见书
	 * (its number, the issued document and the address of its PDF) and — while under
	 * review — what the records show for each of the seven points.
	 */
	record ReviewView(String id, String caseId, String caseNumber, String itemCode, String itemName, int itemVersion,
			String agencyCode, String action, ReviewStatus status, String statusLabel, String reviewer, int revision,
			ReviewClock clock, int currentRound, List<RoundView> rounds, List<LegalReview.Assignment> assignments,
			DiscussionView collectiveDiscussion, boolean cleared, String clearedDigest, String clearedText,
			String opinionNumber, UUID opinionDocumentId, String opinionPdf, List<FindingView> computedFindings) {
	}

	/** A review on a work list. */
	record ReviewSummary(String id, String caseId, String caseNumber, String itemName, String action,
			ReviewStatus status, String statusLabel, String reviewer, String submittedBy, int round, ReviewClock clock,
			String opinionNumber) {
	}

	/**
	 * A case's reviews, latest first, and whether its latest review clears a decision now
	 * ({@code clearedText} is the one text that may be issued).
	 */
	record CaseReviews(String caseId, String latestStatus, String latestStatusLabel, boolean cleared,
			String clearedAction, String clearedText, List<ReviewSummary> reviews) {
	}

	record DraftView(String caseId, String caseNumber, String itemCode, String itemName, int itemVersion, String state,
			boolean major, List<String> majorDecisions, List<LegalBasis> legalBases, List<EvidenceView> evidence,
			String hearingRecord, List<String> procedureSummary, List<String> eligibleReviewers, String openReview) {
	}

	record EvidenceView(String id, String fileName, String activity, String mediaType, String capturedBy,
			Instant captureStart, String sm3) {
	}

	// --- endpoints ---

	@PostMapping("/api/v1/reviews")
	@Operation(summary = "提交法制审核（执法人员 OFFICER）",
			description = """
					承办人就本案的重大执法决定提交送审材料（SH-3），返回 201 与审核详情。只适用于重大执法决定（事项列入法制审核目录、经过听证，或撤回、撤销行政许可，SH-2），\
					否则 409。本案已有正在进行的审核的 409。材料不齐全的 422，errors 一次列出全部缺项，不保存任何数据。
					- caseId 案件；action 拟作出的决定，取 GET /api/v1/reviews/cases/{caseId}/draft 的 majorDecisions（如 准予许可、不予许可、撤回、撤销）；\
					decisionText 决定内容，须与将来作出的决定逐字一致（审核通过的是其 SM3 摘要）；
					- factsSummary 事实摘要；legalBases 适用依据 [{law, article}]，须为事项目录所列；discretionApplied 裁量基准适用说明，discretionReference 裁量基准编号（可选）；
					- evidenceIds 证据（证据模块中本案的证据编号，至少一项）；hearingRecord 听证笔录编号（举行过听证的必填，须与案件记录一致）；appraisalReports 评估鉴定报告（可选）；
					- handlingUnitOpinion 承办机构意见、handlingUnitHeadOpinion 承办机构负责人意见（法制审核申请表）；
					- collectiveDiscussionRequired 需集体讨论（案情复杂、新类型等）与 collectiveDiscussionReason；
					- reviewer 指定审核人员（可选，须为法制审核人员且未参与本案），缺省自动指派在办审核最少者。参与过本案办理（任何办理记录、承办或核查、上传证据、送审）的审核人员不得审核（409）。
					办案程序摘要由系统根据本案全过程记录生成。审核期限自材料齐全之日起7个工作日（可配置），且不得晚于案件法定办理期限（审核期间不中止计时，SH-5）。""")
	ResponseEntity<ReviewView> submit(@RequestBody SubmissionRequest request, Authentication authentication) {
		if (request == null) {
			throw InputRejected.invalid("caseId", "请填写送审材料");
		}
		LegalReview review = this.reviews.submit(request.submission(caseId(request.caseId())), actor(authentication));
		return ResponseEntity.created(URI.create("/api/v1/reviews/" + review.id())).body(view(review));
	}

	@GetMapping("/api/v1/reviews")
	@Operation(summary = "法制审核工作清单", description = "scope=mine（缺省）：法制审核人员为指派给本人的审核，执法人员为本人提交的审核；open：全部进行中的审核；"
			+ "due-soon：审核期限临近（预警）的；overdue：已超过审核期限的（SH-5）。进行中的排在前面，附审核期限（正常/预警/超期）。")
	List<ReviewSummary> list(@RequestParam(defaultValue = "mine") String scope, Authentication authentication) {
		List<LegalReview> found = switch (scope) {
			case "mine" -> mine(actor(authentication));
			case "open" -> this.reviews.open();
			case "due-soon" -> this.reviews.dueSoon();
			case "overdue" -> this.reviews.overdue();
			default -> throw InputRejected.invalid("scope", "scope 只能是 mine、open、due-soon 或 overdue");
		};
		return found.stream().map(this::summary).toList();
	}

	@GetMapping("/api/v1/reviews/{id}")
	@Operation(summary = "法制审核详情", description = "全部轮次（送审材料、审核意见、修改与确认）、审核期限、指派记录、集体讨论、审核通过的决定文本及其摘要；"
			+ "审核中的，computedFindings 为系统根据记录对七项审核要点的预填（执法主体与执法证、证据、依据、期限与音像记录、裁量基准、文书），由审核人员逐项判断。")
	ReviewView read(@PathVariable String id) {
		return view(this.reviews.review(reviewId(id)));
	}

	@GetMapping("/api/v1/reviews/cases/{caseId}")
	@Operation(summary = "案件的法制审核", description = "本案全部审核（最近的在前，决定以最近一次为准）以及当前是否可以作出决定、可以作出的决定文本。")
	CaseReviews ofCase(@PathVariable String caseId) {
		List<LegalReview> all = this.reviews.ofCase(caseId(caseId));
		LegalReview latest = all.isEmpty() ? null : all.get(0);
		boolean cleared = latest != null && latest.status() == ReviewStatus.PASSED
				&& latest.collectiveDiscussionSettled();
		return new CaseReviews(caseId, latest == null ? null : latest.status().name(),
				latest == null ? "未经法制审核" : latest.status().label(), cleared, cleared ? latest.action() : null,
				cleared ? latest.currentRound().proposedText() : null, all.stream().map(this::summary).toList());
	}

	@GetMapping("/api/v1/reviews/cases/{caseId}/draft")
	@Operation(summary = "送审材料可选内容",
			description = "本案需要法制审核的决定（majorDecisions，为空表示无需审核）、事项目录所列执法依据、本案证据、听证笔录、办案程序摘要、可以审核本案的法制审核人员、正在进行的审核。")
	DraftView draft(@PathVariable String caseId) {
		LegalReviews.Draft d = this.reviews.draft(caseId(caseId));
		return new DraftView(d.caseId().toString(), d.caseNumber(), d.item().code(), d.item().name(),
				d.item().version(), d.state(), d.major(), d.majorDecisions(), d.legalBases(),
				d.evidence().stream().map(ReviewApiController::evidence).toList(), d.hearingRecord(),
				d.procedureSummary(), d.eligibleReviewers(), d.openReview() == null ? null : d.openReview().toString());
	}

	@PostMapping("/api/v1/reviews/{id}/rounds")
	@Operation(summary = "退回补充后重新送审（OFFICER）",
			description = "状态为“退回补充”的审核，提交补充后的完整送审材料（字段同提交法制审核，caseId 可省略），作为新一轮审核，原审核人员继续审核，审核期限重新计算；以往各轮全部保留。")
	ReviewView resubmit(@PathVariable String id, @RequestBody SubmissionRequest request,
			Authentication authentication) {
		if (request == null) {
			throw InputRejected.invalid("action", "请填写送审材料");
		}
		CaseId caseId = request.caseId() == null ? null : caseId(request.caseId());
		return view(this.reviews.resubmit(reviewId(id), request.submission(caseId), actor(authentication)));
	}

	@PostMapping("/api/v1/reviews/{id}/conclusion")
	@Operation(summary = "作出审核结论（法制审核人员 REVIEWER，本审核指派的审核人员）",
			description = """
					points 七项审核要点逐项作答 [{point, finding, comment}]：point 为 SUBJECT 执法主体是否适格、FACTS 事实是否清楚、EVIDENCE 证据是否确凿、\
					LAW 适用法律是否正确、PROCEDURE 程序是否合法、DISCRETION 行政裁量基准适用是否适当、DOCUMENTS 法律文书是否规范；\
					finding 为 COMPLIANT 符合、NON_COMPLIANT 不符合、NEEDS_SUPPLEMENT 需补充（非“符合”的须写 comment）；crimeSuspected 是否涉嫌犯罪需要移送（必答）。
					outcome：PASSED 通过（七项均须符合）、PASSED_WITH_CHANGES 修改后通过（requiredChanges 逐项列明修改内容，不得有需补充项）、\
					RETURNED 退回补充（requiredChanges 列明需补充的内容）、REJECTED 不通过。collectiveDiscussionRequired 提请集体讨论及理由。
					未逐项作答、修改后通过未列明修改内容等返回 422（SH-4/SH-5）；审核人员参与过本案的返回 409；非本审核指派的审核人员 403。\
					通过、修改后通过、不通过的，同时签发《重大行政许可法制审核意见书》（执法文书，文号取自文号登记簿，如 新发改法审〔2026〕1号）：					opinionNumber 为其文号，opinionPdf 为其 PDF，可在 /verify/document/{文号} 核验；意见书无法生成的（如含字体中没有的字符）返回 422，					审核结论不保存、不占用文号（WS-2）。""")
	ReviewView conclude(@PathVariable String id, @RequestBody ConclusionRequest request,
			Authentication authentication) {
		if (request == null) {
			throw InputRejected.invalid("outcome", "请填写审核结论");
		}
		List<PointFinding> points = new ArrayList<>();
		if (request.points() != null) {
			request.points()
				.stream()
				.filter(p -> p != null)
				.forEach(p -> points.add(new PointFinding(p.point(), p.finding(), p.comment())));
		}
		LegalReviews.Conclusion conclusion = new LegalReviews.Conclusion(request.outcome(), points,
				request.crimeSuspected(), request.crimeComment(), request.requiredChanges(), request.remarks(),
				Boolean.TRUE.equals(request.collectiveDiscussionRequired()), request.collectiveDiscussionReason());
		return view(this.reviews.conclude(reviewId(id), conclusion, actor(authentication)));
	}

	@PostMapping("/api/v1/reviews/{id}/amendment")
	@Operation(summary = "修改后通过：提交修改后的决定（OFFICER）",
			description = "decisionText 修改后的决定内容；changes 对审核意见列明的每一项修改逐项确认 [{change: 序号(从1起), how: 如何修改}]，缺一项即 422（SH-5）。"
					+ "提交后由审核人员确认；审核通过的是修改后的文本，作出决定时须与之逐字一致。")
	ReviewView amend(@PathVariable String id, @RequestBody AmendmentRequest request, Authentication authentication) {
		List<ReviewRound.ChangeMade> changes = new ArrayList<>();
		if (request != null && request.changes() != null) {
			request.changes()
				.stream()
				.filter(c -> c != null && c.change() != null)
				.forEach(c -> changes.add(new ReviewRound.ChangeMade(c.change(), c.how())));
		}
		LegalReviews.Amendment amendment = new LegalReviews.Amendment(request == null ? null : request.decisionText(),
				changes);
		return view(this.reviews.amend(reviewId(id), amendment, actor(authentication)));
	}

	@PostMapping("/api/v1/reviews/{id}/confirmation")
	@Operation(summary = "修改后通过：确认修改（REVIEWER，本审核指派的审核人员）",
			description = "承办人提交修改后的决定后，审核人员确认修改，审核通过，通过的文本为修改后的文本（其 SM3 摘要）。")
	ReviewView confirm(@PathVariable String id, Authentication authentication) {
		return view(this.reviews.confirmChanges(reviewId(id), actor(authentication)));
	}

	@PostMapping("/api/v1/reviews/{id}/reassignment")
	@Operation(summary = "改派审核人员（负责人 DIRECTOR）",
			description = "进行中的审核；reason 改派理由（必填）；reviewer 指定的法制审核人员（可选，缺省自动指派在办审核最少且未参与本案者）。改派记入全过程记录。")
	ReviewView reassign(@PathVariable String id, @RequestBody ReassignmentRequest request,
			Authentication authentication) {
		return view(this.reviews.reassign(reviewId(id), request == null ? null : request.reviewer(),
				request == null ? null : request.reason(), actor(authentication)));
	}

	@PostMapping("/api/v1/reviews/{id}/extension")
	@Operation(summary = "延长审核期限（DIRECTOR）",
			description = "审核中的，每轮一次，经负责人批准延长3个工作日（可配置，SH-5）；reason 必填。案件的法定办理期限不因审核而中止，审核期限仍不得晚于该期限。")
	ReviewView extend(@PathVariable String id, @RequestBody ReasonRequest request, Authentication authentication) {
		return view(
				this.reviews.extend(reviewId(id), request == null ? null : request.reason(), actor(authentication)));
	}

	@PostMapping("/api/v1/reviews/{id}/collective-discussion/required")
	@Operation(summary = "提请集体讨论（本审核的 REVIEWER 或 OFFICER）",
			description = "案情复杂、新类型或审核意见分歧的，提请集体讨论，reason 必填；此后须经集体讨论同意方可作出决定。")
	ReviewView requireDiscussion(@PathVariable String id, @RequestBody ReasonRequest request,
			Authentication authentication) {
		return view(this.reviews.requireCollectiveDiscussion(reviewId(id), request == null ? null : request.reason(),
				actor(authentication)));
	}

	@PostMapping("/api/v1/reviews/{id}/collective-discussion")
	@Operation(summary = "记录集体讨论（DIRECTOR）",
			description = "meetingOn 讨论日期（不晚于今天）；chair 主持人账号（须为负责人并参加讨论）；participants 参加人员 [{account, name, opinion}]，"
					+ "不少于3人（可配置），每人须记录意见；conclusion 结论；agreed 是否同意作出该决定。每次审核记录一次；不完整的 422（SH-5）。")
	ReviewView recordDiscussion(@PathVariable String id, @RequestBody MinutesRequest request,
			Authentication authentication) {
		LegalReviews.Minutes minutes = request == null ? null
				: new LegalReviews.Minutes(request.meetingOn(), request.chair(),
						request.participants() == null ? null
								: request.participants()
									.stream()
									.map(p -> p == null ? null
											: new CollectiveDiscussion.Participant(p.account(), p.name(), p.opinion()))
									.toList(),
						request.conclusion(), request.agreed());
		return view(this.reviews.recordCollectiveDiscussion(reviewId(id), minutes, actor(authentication)));
	}

	@GetMapping("/api/v1/reviews/statistics")
	@Operation(summary = "法制审核统计（SUPERVISOR、DIRECTOR、REVIEWER）",
			description = "from、to（可选，yyyy-MM-dd）期间：重大执法决定数与经法制审核通过的决定数及覆盖率（应为100%）、审核结论分布、"
					+ "自材料齐全至作出结论的平均工作日数；当前进行中与超期的审核数；各执法主体法制审核人员与持证执法人员之比（SH-7，约5%）。")
	ReviewStatistics statistics(@RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to) {
		return this.reviews.statistics(from, to);
	}

	// --- mapping ---

	private List<LegalReview> mine(Actor actor) {
		Map<String, LegalReview> mine = new LinkedHashMap<>();
		if (actor.has(Role.REVIEWER)) {
			this.reviews.assignedTo(actor.account()).forEach(r -> mine.put(r.id().toString(), r));
		}
		if (actor.has(Role.OFFICER)) {
			this.reviews.submittedBy(actor.account()).forEach(r -> mine.putIfAbsent(r.id().toString(), r));
		}
		return List.copyOf(mine.values());
	}

	private ReviewSummary summary(LegalReview r) {
		return new ReviewSummary(r.id().toString(), r.caseId().toString(), r.caseNumber(), r.item().name(), r.action(),
				r.status(), r.status().label(), r.reviewer(), r.currentRound().submittedBy(), r.currentRound().number(),
				this.reviews.clock(r), r.opinionNumber());
	}

	private ReviewView view(LegalReview r) {
		List<RoundView> rounds = r.rounds().stream().map(ReviewApiController::round).toList();
		boolean cleared = r.status() == ReviewStatus.PASSED;
		List<FindingView> computed = r.status() == ReviewStatus.UNDER_REVIEW
				? this.reviews.computedFindings(r).stream().map(ReviewApiController::finding).toList() : List.of();
		return new ReviewView(r.id().toString(), r.caseId().toString(), r.caseNumber(), r.item().code(),
				r.item().name(), r.item().version(), r.agencyCode(), r.action(), r.status(), r.status().label(),
				r.reviewer(), r.revision(), this.reviews.clock(r), r.currentRound().number(), rounds, r.assignments(),
				new DiscussionView(r.collectiveDiscussionRequired(), r.collectiveDiscussionReason(),
						r.collectiveDiscussionSettled(), r.collectiveDiscussion()),
				cleared, r.clearedDigest(), cleared ? r.currentRound().proposedText() : null, r.opinionNumber(),
				r.opinionDocumentId(), r.opinionDocumentId() == null ? null : pdf(r.opinionDocumentId()), computed);
	}

	private static RoundView round(ReviewRound round) {
		ReviewOpinion o = round.opinion();
		OpinionView opinion = o == null ? null : new OpinionView(o.outcome(), o.outcome().label(), o.points()
			.stream()
			.map(p -> new PointView(p.point(), p.point().label(), p.finding(), p.finding().label(), p.comment()))
			.toList(), o.crimeSuspected(), o.crimeComment(), o.requiredChanges(), o.remarks(), o.number(),
				o.documentId(), o.reviewer(), o.concludedOn(), o.at(),
				o.computed().stream().map(ReviewApiController::finding).toList());
		return new RoundView(round.number(), round.submitted(), round.submittedBy(), round.submittedAt(),
				round.completeOn(), round.dueOn(), round.extension(), opinion, round.amendment(), round.confirmation());
	}

	/** Where the documents module serves an issued document's PDF. */
	static String pdf(UUID documentId) {
		return "/api/v1/documents/" + documentId + "/pdf";
	}

	private static FindingView finding(ComputedFinding f) {
		return new FindingView(f.point(), f.point().label(), f.suggested(),
				f.suggested() == null ? "由审核人员判断" : f.suggested().label(), f.facts());
	}

	private static EvidenceView evidence(EvidenceItem e) {
		return new EvidenceView(e.id().toString(), e.fileName(), e.activity().label(), e.mediaType(), e.capturedBy(),
				e.captureStart(), e.sm3());
	}

	/** The signed-in staff member as an actor, with the roles they hold. */
	static Actor actor(Authentication authentication) {
		return StaffActors.of(authentication);
	}

	private static ReviewId reviewId(String id) {
		try {
			return ReviewId.of(id);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFound("未找到该法制审核：" + id);
		}
	}

	private static CaseId caseId(String id) {
		if (id == null || id.isBlank()) {
			throw InputRejected.invalid("caseId", "请指明案件");
		}
		try {
			return CaseId.of(id.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new NotFound("未找到该案件：" + id);
		}
	}

}
