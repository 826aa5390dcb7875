package org.sanxiang.journal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The journal in the console. 管理员 and 督查 see the log, its signed heads, and run a
 * verification; any staff member replays one case's entries (可回溯) — each with the
 * evidence it concerns, playable in place, as the modules that keep evidence contribute
 * it ({@link TimelineEvidence}) — and exports them with their proofs as one file that can
 * be checked without the platform.
 */
@Controller
class JournalConsoleController {

	private static final Map<String, String> TYPE_LABELS = Map.ofEntries(Map.entry("ApplicationReceived", "接收申请"),
			Map.entry("CorrectionRequested", "补正告知"), Map.entry("CorrectionSubmitted", "提交补正材料"),
			Map.entry("ApplicationAccepted", "受理"), Map.entry("ApplicationNotAccepted", "不予受理"),
			Map.entry("OfficersAssigned", "指派承办人"), Map.entry("SiteInspectionRecorded", "现场核查"),
			Map.entry("OpinionRecorded", "审查意见"), Map.entry("DecisionPeriodExtended", "延长审查期限"),
			Map.entry("ClockPaused", "中止计时"), Map.entry("ClockResumed", "恢复计时"),
			Map.entry("HearingRightNotified", "听证权利告知"), Map.entry("HearingRequested", "听证申请"),
			Map.entry("HearingScheduled", "听证通知"), Map.entry("HearingHeld", "听证笔录"), Map.entry("CaseDecided", "决定"),
			Map.entry("DecisionDelivered", "送达"), Map.entry("CaseArchived", "归档"), Map.entry("LicenceChanged", "证照变动"),
			Map.entry("InterestedPartiesNotified", "利害关系人告知"), Map.entry("StatementRecorded", "陈述申辩"),
			Map.entry("PublicInterestMarked", "涉及公共利益"), Map.entry("FullRecordingMarked", "涉及人身自由、生命健康或重大财产权益"),
			Map.entry("MajorDecisionFlagged", "标记重大执法决定"), Map.entry("MajorDecisionFlagCleared", "解除重大执法决定认定"),
			Map.entry("RenewalApplied", "申请延续"), Map.entry("RenewalDenied", "不予延续"),
			Map.entry("RenewalDeemedGranted", "视为准予延续"), Map.entry("CaseRecordExported", "导出全过程记录"),
			Map.entry("CatalogEntryChanged", "主体信息变更"), Map.entry("CalendarChanged", "工作日历变更"),
			Map.entry("StaffLoggedIn", "登录"), Map.entry("StaffLoggedOut", "退出"), Map.entry("LoginFailed", "登录失败"),
			Map.entry("StaffCreated", "新建用户"), Map.entry("StaffRolesChanged", "角色变更"),
			Map.entry("StaffUnitChanged", "所属单位变更"), Map.entry("StaffRenamed", "姓名变更"),
			Map.entry("StaffEnabled", "启用账号"), Map.entry("StaffDisabled", "停用账号"),
			Map.entry("StaffPasswordReset", "重置密码"), Map.entry("StaffPasswordChanged", "修改密码"),
			Map.entry("StaffUnlocked", "解除锁定"), Map.entry("EvidenceAdded", "存入证据"), Map.entry("EvidenceViewed", "查看证据"),
			Map.entry("EvidenceDownloaded", "下载证据"), Map.entry("EvidenceExported", "导出证据"),
			Map.entry("EvidenceShared", "移交证据"), Map.entry("EvidenceDeleted", "删除证据"),
			Map.entry("EvidenceVerificationFailed", "证据校验不符"), Map.entry("RecordingExemptionApproved", "批准免于音像记录"),
			Map.entry("ReviewSubmitted", "提交法制审核"), Map.entry("ReviewAssigned", "指派法制审核人员"),
			Map.entry("ReviewReassigned", "改派法制审核人员"), Map.entry("ReviewConcluded", "法制审核结论"),
			Map.entry("ReviewAmended", "提交修改后的决定"), Map.entry("ReviewChangesConfirmed", "确认修改（审核通过）"),
			Map.entry("ReviewExtended", "延长法制审核期限"), Map.entry("CollectiveDiscussionRequired", "提请集体讨论"),
			Map.entry("CollectiveDiscussionHeld", "集体讨论"), Map.entry("ReviewDeadlineApproaching", "法制审核期限预警"),
			Map.entry("ReviewDeadlineLapsed", "法制审核超期"));

	private final Journal journal;

	private final JournalVerifier verifier;

	private final JsonMapper json;

	private final ObjectProvider<TimelineEvidence> evidence;

	JournalConsoleController(Journal journal, JournalVerifier verifier, JsonMapper json,
			ObjectProvider<TimelineEvidence> evidence) {
		this.journal = journal;
		this.verifier = verifier;
		this.evidence = evidence;
		this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
	}

	@GetMapping("/console/journal")
	@PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
	String overview(Model model) {
		model.addAttribute("size", this.journal.size());
		model.addAttribute("algorithm", this.journal.hashAlgorithm().label());
		model.addAttribute("head", this.journal.latestTreeHead().orElse(null));
		model.addAttribute("heads", this.journal.latestTreeHeads(20));
		model.addAttribute("entries", this.journal.latest(50));
		model.addAttribute("labels", TYPE_LABELS);
		return "journal/console";
	}

	@PostMapping("/console/journal/verify")
	@PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
	String verify(Model model) {
		model.addAttribute("verification", this.verifier.verify());
		return overview(model);
	}

	@GetMapping("/console/journal/cases/{caseId}")
	String caseRecord(@PathVariable UUID caseId, Model model) {
		List<JournalEntry> entries = this.journal.entriesOfCase(caseId);
		Map<Long, List<TimelineEvidence.Exhibit>> exhibits = new HashMap<>();
		this.evidence.orderedStream()
			.forEach(source -> source.exhibits(caseId, entries)
				.forEach((seq, shown) -> exhibits.computeIfAbsent(seq, s -> new ArrayList<>()).addAll(shown)));
		model.addAttribute("caseId", caseId);
		model.addAttribute("entries", entries);
		model.addAttribute("exhibits", exhibits);
		model.addAttribute("head", this.journal.latestTreeHead().orElse(null));
		model.addAttribute("labels", TYPE_LABELS);
		return "journal/case";
	}

	@GetMapping("/console/journal/cases/{caseId}/export")
	ResponseEntity<byte[]> export(@PathVariable UUID caseId, Authentication who) {
		CaseRecordExport export = this.journal.exportCase(caseId, who.getName());
		byte[] body = this.json.writeValueAsString(export).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("案件全过程记录-" + caseId + ".json", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(body);
	}

}
