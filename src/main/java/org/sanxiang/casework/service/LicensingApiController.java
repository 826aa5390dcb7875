package org.sanxiang.casework.service;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.StaffActors;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.licensing.Deadline;
import org.sanxiang.casework.licensing.Licence;
import org.sanxiang.casework.licensing.LicensingCase;
import org.sanxiang.casework.licensing.LicensingState;
import org.sanxiang.casework.licensing.MajorMatch;
import org.sanxiang.casework.licensing.RenewalApplication;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.NotFound;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 行政许可办件 over REST: online application (anyone), the case for staff, staff actions, and
 * the applicant's progress by number and query code. Bad input is a 400/409/422 problem
 * naming the field; a refused action names the state, the allowed actions and — when a
 * statutory rule refused it — the rule and its article.
 */
@RestController
@Tag(name = "行政许可办件", description = "网上申请、案件查看、办理操作（受理、补正、核查、审查、延期、听证、决定、送达、归档、证照变更）与进度查询")
class LicensingApiController {

	private final Casework casework;

	private final OnlineApplicationProgress progress;

	private final OnlineApplicationRateLimiter limiter;

	LicensingApiController(Casework casework, OnlineApplicationProgress progress,
			OnlineApplicationRateLimiter limiter) {
		this.casework = casework;
		this.progress = progress;
		this.limiter = limiter;
	}

	/** The application form: the applicant, the contact and the item applied for. */
	record ApplicationRequest(Applicant.ApplicantKind applicantKind, String applicantName, String idNumber,
			String creditCode, String contactName, String contactPhone, String contactAddress, String itemCode,
			String legalRepresentative) {
	}

	/**
	 * 申请材料接收凭证: the number and the query code, shown this once (only a hash is kept).
	 */
	record ReceiptView(String id, String number, String queryCode, LocalDate receivedOn, String notice) {
	}

	@PostMapping("/api/v1/licensing/applications")
	@Operation(summary = "网上申请行政许可（无需登录）",
			description = "申请人为自然人（applicantKind=PERSON，填写18位公民身份号码 idNumber，按 GB 11643-1999 校验）或法人和其他组织"
					+ "（ORGANISATION，填写统一社会信用代码 creditCode，按 GB 32100-2015 校验；可填法定代表人姓名 legalRepresentative，不收集其证件号码）；须填联系人、联系电话；itemCode 须为今日实施中的行政许可事项。"
					+ "格式错误返回 400、校验位错误或事项不可申请返回 422，errors 指明字段，不保存任何数据。成功返回 201 与申请材料接收凭证："
					+ "办件编号和查询码（查询码只显示这一次，请妥善保存）。收到材料之日起5个工作日内未告知补正的，自收到之日起即为受理（行政许可法第三十二条）。")
	ResponseEntity<ReceiptView> apply(@RequestBody ApplicationRequest request, Authentication authentication) {
		if (request == null) {
			throw InputRejected.invalid("applicantKind", "请填写申请信息");
		}
		Applicant applicant = new Applicant(request.applicantKind(), request.applicantName(), request.idNumber(),
				request.creditCode(), request.contactName(), request.contactPhone(), request.contactAddress(),
				request.legalRepresentative());
		Actor actor = staff(authentication) ? StaffActors.of(authentication) : new Actor("applicant",
				request.applicantName() == null ? "申请人" : request.applicantName().strip(), Set.of());
		Casework.Receipt receipt = this.casework.apply(applicant, request.itemCode(), actor);
		return ResponseEntity.created(URI.create("/api/v1/licensing/cases/" + receipt.id()))
			.body(new ReceiptView(receipt.id().toString(), receipt.number(), receipt.queryCode(), receipt.receivedOn(),
					"请保存办件编号和查询码，凭此查询办理进度；查询码只显示这一次。"));
	}

	@GetMapping("/api/v1/licensing/cases/{id}")
	@Operation(summary = "案件详情（工作人员）",
			description = "需登录（任一角色）。返回状态、版本号 revision（办理操作时原样提交）、当前可进行的操作、期限（正常/预警/超期）、承办人、证照与办理记录。")
	CaseView read(@PathVariable String id) {
		CaseId caseId = caseId(id);
		return view(this.casework.find(caseId), this.casework.timeline(caseId));
	}

	@PostMapping("/api/v1/licensing/cases/{id}/actions/{action}")
	@Operation(summary = "办理操作",
			description = """
					请求体须含 revision（读取案件时的版本号）；案件已被他人修改返回 409。on 为办理日期，缺省为今天，不得晚于今天（JL-1）。\
					当前状态不允许的操作返回 409，列出当前状态与可进行的操作；违反法定规则返回 422，列出规则编号与法条。
					- accept 受理（窗口人员 CLERK）：状态“已接收”；收到材料后5个工作日已过则记为自收到之日受理（XK-32b）。\
					handlingMode 办理方式，缺省 ORDINARY 一般办理（法定办理期限按事项，缺省20个工作日，可延长10个工作日，XK-42）；\
					JOINT 统一办理、联合办理、集中办理（45个工作日，经本级人民政府负责人批准可延长15个工作日，XK-42b）；\
					LOWER_LEVEL_PRELIMINARY 下级行政机关初步审查（自受理之日起20个工作日内审查完毕，不得延长，XK-43）。
					- request-correction 补正告知（CLERK）：状态“已接收”，收到后5个工作日内、一次性告知 missing 全部内容（XK-32b）。
					- submit-correction 提交补正材料（CLERK）：状态“待补正”，回到“已接收”。
					- not-accept 不予受理（CLERK）：状态“已接收”或“待补正”；ground（NOT_A_LICENSING_MATTER/OUTSIDE_OUR_POWER/OTHER）、reason，\
					不属本机关职权的须写 competentBody（XK-32a）。
					- assign-officers 指派承办人（负责人 DIRECTOR）：状态“审查中”，officerIds 至少一人。
					- site-inspection 现场核查（执法人员 OFFICER）：状态“审查中”，officerIds 两名以上、执法证在核查日有效，findings 必填（XK-34、JL-7）；\
					事项要求音像记录的，须已上传本案“现场检查”录音录像或经负责人批准免于记录（JL-3b、JL-5）。
					- 音像记录的活动时间：site-inspection、record-hearing 与 deliver 可填 activityStart、activityEnd（活动开始、结束时间，\
					ISO 8601，带时区偏移或按北京时间，如 2026-06-01T09:00）；结束时间不得晚于现在，办理日期 on 须在活动时间之内（JL-1）。
					- mark-full-recording 认定涉及人身自由、生命健康或者重大财产权益（OFFICER）：状态“审查中”“听证中”“准予许可”或“不予许可”，\
					写明 reason，认定后不能撤销；此后现场核查、听证与留置送达、公告送达均须填写 activityStart、activityEnd，\
					且本案该活动录音录像的采集时间须无间断覆盖活动全程，否则拒绝（422，JL-4，指出第一处未覆盖的时段），\
					经负责人批准中断或免于记录理由的除外（POST /api/v1/evidence/exemptions，JL-5）。
					- opinion 审查意见（OFFICER）：状态“审查中”，opinion 必填，proposeGrant 拟准予（缺省 true）。
					- extend 延长审查期限（DIRECTOR）：状态“审查中”，仅一次、写明 reason，由负责人批准：一般办理延长10个工作日（XK-42）；\
					统一、联合、集中办理延长15个工作日，须经本级人民政府负责人批准（XK-42b）；下级初步审查不得延长（XK-43）；第二次延期一律拒绝。
					- notify-interested-parties 利害关系人告知（OFFICER）：状态“审查中”；interestedParties 利害关系人名称（至少一个）、\
					notice 告知内容、on 告知日期；案件记住利害关系人，此后的听证权利告知和听证通知同时送达申请人和利害关系人（XK-36）。
					- record-statement 陈述、申辩（OFFICER）：状态“审查中”；party 须为申请人或已告知的利害关系人，statement 陈述、申辩内容（XK-36）。
					- mark-public-interest 认定涉及公共利益的重大许可（OFFICER）：状态“审查中”，写明 reason；\
					此后须向社会公告并举行听证，未举行听证的准予或不予决定一律拒绝（422，XK-46）。
					- pause / resume 中止/恢复计时（OFFICER）：pauseKind 为第四十五条八类程序之一，writtenNotice 书面告知（XK-45）。
					- notify-hearing-right / request-hearing / schedule-hearing / record-hearing 听证（OFFICER）：告知听证权利；\
					5个工作日内申请（hearingBasis：REQUESTED 依申请，逾期422 XK-47；REQUIRED 依法应当听证，无申请期限，本案此后须听证后方可决定，XK-46）；\
					提前7个工作日通知、自申请之日起20个工作日内举行（hearingOn、host 不得为本案承办人（XK-48）、place）；\
					听证笔录 hearingRecord，状态“听证中”且已通知，on 为举行日期、不得晚于今天（XK-48）；\
					须已上传本案“听证”录音录像或经负责人批准免于记录（JL-3、JL-5）。听证期间中止计时（XK-45）。
					- grant 准予许可（DIRECTOR）：状态“审查中”且未中止计时；text 决定内容、licenceNumber、validTo；须听证的案件未举行听证的拒绝（XK-46）；\
					听证后须引用 hearingRecord（XK-48）；\
					重大执法决定须经法制审核且审核通过（SH-1）：本案最近一次法制审核（/api/v1/reviews）须为通过或修改后通过并已确认修改，\
					决定内容须与审核通过的文本完全一致，须集体讨论的已集体讨论，批准人不得为审核人员；否则返回 409“未经法制审核或者审核未通过，不得作出决定”。
					- deny 不予许可（DIRECTOR）：同上，text 写明理由，自动附行政复议和行政诉讼权利告知（XK-38）。
					- deliver 送达（CLERK）：状态“准予许可”或“不予许可”；delivery.method（DIRECT/POSTAL/ELECTRONIC/LEFT_AT_ADDRESS/PUBLIC）及其凭证。\
					送达日期由凭证确定，不另填：直接送达为送达回证上的签收日期 signedOn（receiver 受送达人）；邮寄送达为邮件回执上注明的收件日期 receivedOn\
					（trackingNumber 邮件号）；电子送达为电子回执上的到达日期 receivedOn（consentReference 送达地址确认书，receiptId 回执编号）；\
					留置送达为留置之日 leftOn（receiver，witness 见证人）；公告送达为公告日期 publishedOn 起经过三十日（whyOtherMethodsFailed、medium），\
					期满前登记的返回 422（《民事诉讼法》第八十七条至第九十一条、第九十五条）。另填 on 的，须与上述日期一致，否则 422。\
					逾期送达（准予许可后超过10个工作日，XK-44）按上述日期判断并记入送达记录。\
					直接送达、邮寄送达须在 delivery.receiptEvidence 中列出签收的送达回证或邮件回执扫描件：本案“送达”活动的证据编号\
					（先经 /api/v1/evidence/uploads 上传，图片或 PDF，不得为录音录像），或在 delivery.noReceiptReason 中说明未附的原因，否则 422；\
					所列证据不属于本案“送达”活动的返回 422。送达记录（DecisionDelivered）载明所附扫描件的证据编号。\
					留置送达与公告送达须已上传本案“送达”录音录像或经负责人批准免于记录（422，JL-3b、JL-5）；\
					留置送达没有录音录像的须有见证人。
					- archive 归档（CLERK）：状态“已送达”或“不予受理”，且没有待决的延续申请（XK-50）；归档前核对电子案卷可以组卷（文书存档PDF与登记的SM3一致、\
					证据文件在存储中，否则 422 且不归档）。归档后案件只读：任何办理操作均返回 409“案件已归档，不能修改”，证据不能再上传、删除或批准免于记录，\
					也不能再提交法制审核；案卷及其证据保管至 retainUntil（sanxiang.archive.retention-years，默认30年，JL-6）。\
					电子案卷见 /api/v1/cases/{id}/case-file.pdf 与 case-file.zip。
					- alter-licence / renew-licence / withdraw-licence / revoke-licence / cancel-licence 证照变更、延续、撤回、撤销、注销（DIRECTOR）：\
					送达后、归档前，写明 reason；撤回、撤销为重大执法决定（SH-2）；本案为重大执法决定的，其变更、延续、不予延续亦同，须先经法制审核通过（SH-1，否则 409）。
					- apply-renewal 申请延续（CLERK）：证照有效且无待决的延续申请；on 为申请日期，须在有效期届满30日前（XK-50），\
					validTo 申请延续至（可选，缺省为原有效期限）；有效期届满之日仍未作出决定的，由系统视为准予延续并记录依据（XK-50）。
					- renew-licence 准予延续（DIRECTOR）：有待决申请的按该申请；否则须填 appliedOn（在有效期届满30日前）；validTo 延续后的有效期（XK-50）。
					- deny-renewal 不予延续（DIRECTOR）：有待决的延续申请，有效期届满前作出；reason 写明理由，自动附行政复议和行政诉讼权利告知（XK-50、XK-38）。
					- flag-major 标记重大执法决定（OFFICER）：审查中、听证中或证照有效时；condition 为法制审核目录中“疑难复杂”或“其他”情形的编码，					或 COMPLEX_NOVEL、OTHER（OTHER 须填 conditionLabel 情形名称）；reason 必填，缺少时 422（SH-2）。					由案件事实认定的情形（公共利益、重大权益、听证、撤回撤销）不能标记，422。
					- clear-major-flag 解除重大执法决定认定（DIRECTOR，其他角色 403）：condition 为 majorConditions 中的编码					（ITEM 为事项列入目录），reason 必填；承办人撤回自己的标记也须经负责人解除。记入全过程记录（SH-2）。""")
	CaseView act(@PathVariable String id, @PathVariable String action, @RequestBody ActionRequest request,
			Authentication authentication) {
		LicensingAction known = LicensingAction.byPath(action)
			.orElseThrow(() -> InputRejected.invalid("action", "没有此办理操作：" + action));
		Actor actor = StaffActors.of(authentication);
		if (!actor.has(known.role())) {
			throw new AccessDeniedException(known.action().label() + "需要" + known.role().name() + "角色");
		}
		CaseId caseId = caseId(id);
		return view(this.casework.act(caseId, known, request, actor), this.casework.timeline(caseId));
	}

	/** The applicant's view: no personal data beyond the applicant's own name. */
	/**
	 * What the applicant sees, as on the portal's progress page: dates only, no staff
	 * names or internal notes; {@code promisedDue} the item's promised limit beside the
	 * statutory {@code decisionDue}; {@code correctionNoticeBy}/{@code missing} while a
	 * correction is due or awaited (XK-32b); {@code competentBody} after non-acceptance
	 * (XK-32a); {@code deliveryDue} after a grant (XK-44).
	 */
	record ProgressView(String number, String item, String applicant, String state, LocalDate receivedOn,
			LocalDate acceptedOn, LocalDate decisionDue, LocalDate decidedOn, List<String> timeline,
			LocalDate promisedDue, String explanation, LocalDate correctionNoticeBy, List<String> missing,
			String competentBody, LocalDate deliveryDue) {
	}

	@GetMapping("/api/v1/public/progress")
	@Operation(summary = "办理进度查询（公开）",
			description = "凭办件编号 number 与查询码 code 查询；编号不存在与查询码错误同样返回 404，不提示哪一项有误。只显示申请人名称、事项、状态、说明与日期（法定期限与承诺期限、补正期限与需补正的内容、不予受理时应向其申请的机关、证件送达期限）。"
					+ "每个客户端地址每分钟最多查询10次（在本节点内计数），超出返回 429。")
	ProgressView progress(@RequestParam(required = false) String number, @RequestParam(required = false) String code,
			HttpServletRequest http) {
		if (!this.limiter.tryAcquire(http.getRemoteAddr())) {
			throw new OnlineApplicationRateLimiter.TooManyLookups();
		}
		OnlineApplicationProgress.Progress p = this.progress.find(number, code)
			.orElseThrow(() -> new NotFound("未找到该办件，请核对办件编号和查询码"));
		return new ProgressView(p.number(), p.item(), p.applicant(), p.state(), p.receivedOn(), p.acceptedOn(),
				p.decisionDue(), p.decidedOn(), p.timeline().stream().map(t -> t.on() + " " + t.label()).toList(),
				p.promisedDue(), p.explanation(), p.correctionNoticeBy(), p.missing(), p.competentBody(),
				p.deliveryDue());
	}

	/**
	 * The case for staff; {@code interestedParties} told (XK-36), {@code requiredHearing}
	 * why a hearing must precede the decision (XK-46), {@code renewal} a pending renewal
	 * application (XK-50), {@code fullRecording} why the case's on-site acts must be
	 * recorded in full (JL-4); {@code majorConditions} why its decision is a 重大执法决定, and
	 * {@code collectiveDiscussion} whether one of them asks for collective discussion
	 * (SH-2).
	 */
	record CaseView(String id, String number, int revision, String state, String stateCode, String itemCode,
			int itemVersion, String itemName, boolean major, Applicant applicant, List<String> officers,
			List<ActionView> allowedActions, List<Deadline> clocks, Licence licence,
			List<LicensingCases.TimelineEntry> timeline, String handlingMode, List<String> interestedParties,
			String requiredHearing, String hearingRecord, RenewalApplication renewal, String fullRecording,
			List<MajorMatch> majorConditions, boolean collectiveDiscussion, java.time.LocalDate retainUntil) {
	}

	record ActionView(String action, String label) {
	}

	private CaseView view(StoredCase stored, List<LicensingCases.TimelineEntry> timeline) {
		LicensingCase c = stored.licensingCase();
		List<Deadline> clocks;
		try {
			clocks = c.clocks(this.casework.workingDays(), this.casework.today());
		}
		catch (InputRejected ex) {
			// a due date beyond the loaded calendar years: show the case, without clocks
			clocks = List.of();
		}
		return new CaseView(c.id().toString(), stored.number(), c.revision(), c.state().label(),
				LicensingCases.stateName(c), c.item().content().code(), c.item().version(), c.item().content().name(),
				c.major(), stored.applicant(), c.officers(),
				c.allowedActions().stream().map(a -> new ActionView(LicensingAction.pathOf(a), a.label())).toList(),
				clocks, c.licence(), timeline, c.deadlines().mode().name(), c.interestedParties(), c.requiredHearing(),
				c.hearingRecord(), c.renewal(), c.fullRecording(), c.majorConditions(),
				c.collectiveDiscussionRequired(),
				c.state() instanceof LicensingState.Archived archived ? archived.retainUntil() : null);
	}

	private static CaseId caseId(String id) {
		try {
			return CaseId.of(id);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFound("未找到该案件：" + id);
		}
	}

	private static boolean staff(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().startsWith("ROLE_"));
	}

}
