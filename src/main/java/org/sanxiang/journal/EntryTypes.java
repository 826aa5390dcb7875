package org.sanxiang.journal;

import java.util.Map;

/**
 * The Chinese name of each type of journal entry, as staff read it on the case page, the
 * journal's pages and the review's procedure summary: one list, so the same act is named
 * the same way everywhere.
 */
public final class EntryTypes {

	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("ApplicationReceived", "接收申请"),
			Map.entry("CorrectionRequested", "补正告知"), Map.entry("CorrectionSubmitted", "提交补正材料"),
			Map.entry("ApplicationAccepted", "受理"), Map.entry("ApplicationNotAccepted", "不予受理"),
			Map.entry("OfficersAssigned", "指派承办人"), Map.entry("SiteInspectionRecorded", "现场核查"),
			Map.entry("OpinionRecorded", "审查意见"), Map.entry("DecisionPeriodExtended", "延长审查期限"),
			Map.entry("ClockPaused", "中止计时"), Map.entry("ClockResumed", "恢复计时"),
			Map.entry("HearingRightNotified", "听证权利告知"), Map.entry("HearingRequested", "听证申请"),
			Map.entry("HearingScheduled", "听证通知"), Map.entry("HearingHeld", "听证笔录"), Map.entry("CaseDecided", "作出决定"),
			Map.entry("DecisionDelivered", "送达"), Map.entry("CaseArchived", "归档"), Map.entry("LicenceChanged", "证照变更"),
			Map.entry("InterestedPartiesNotified", "利害关系人告知"), Map.entry("StatementRecorded", "陈述、申辩"),
			Map.entry("PublicInterestMarked", "认定涉及公共利益"), Map.entry("FullRecordingMarked", "认定涉及人身自由、生命健康或者重大财产权益"),
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
			Map.entry("BackupCreated", "完成备份"), Map.entry("BackupFailed", "备份失败"), Map.entry("BackupRestored", "从备份恢复"),
			Map.entry("BackupVerified", "校验备份"), Map.entry("EvidenceVerificationFailed", "证据校验不符"),
			Map.entry("RecordingExemptionApproved", "批准免于音像记录"), Map.entry("ReviewSubmitted", "提交法制审核"),
			Map.entry("ReviewAssigned", "指派法制审核人员"), Map.entry("ReviewReassigned", "改派法制审核人员"),
			Map.entry("ReviewConcluded", "法制审核结论"), Map.entry("ReviewAmended", "提交修改后的决定"),
			Map.entry("ReviewChangesConfirmed", "确认修改（审核通过）"), Map.entry("ReviewExtended", "延长法制审核期限"),
			Map.entry("CollectiveDiscussionRequired", "提请集体讨论"), Map.entry("CollectiveDiscussionHeld", "集体讨论"),
			Map.entry("ReviewDeadlineApproaching", "法制审核期限预警"), Map.entry("ReviewDeadlineLapsed", "法制审核超期"),
			Map.entry("EvidenceRetentionExtended", "延长证据保管期限"), Map.entry("DocumentIssued", "签发执法文书"),
			Map.entry("DocumentVoided", "作废执法文书"), Map.entry("DocumentStatusChanged", "文书状态变更"),
			Map.entry("DocumentTemplateChanged", "文书模板变更"), Map.entry("CaseFileAssembled", "电子案卷组卷"),
			Map.entry("CaseFileExported", "导出电子案卷"), Map.entry("ComplaintReceived", "收到投诉举报"),
			Map.entry("ComplaintAssigned", "指派投诉举报承办人"), Map.entry("ComplaintNoteRecorded", "记录投诉举报处理情况"),
			Map.entry("ComplaintReplied", "答复投诉举报"), Map.entry("ComplaintClosed", "投诉举报办结"),
			Map.entry("InspectionTargetSaved", "登记检查对象"), Map.entry("InspectionConflictDeclared", "申报回避"),
			Map.entry("InspectionConflictWithdrawn", "撤回回避申报"), Map.entry("InspectionPlanAnnounced", "公布抽查计划"),
			Map.entry("InspectionPlanCancelled", "作废抽查计划"), Map.entry("InspectionDrawDue", "抽取时间已到"),
			Map.entry("InspectionDrawn", "双随机抽取"), Map.entry("InspectionRecorded", "记录抽查结果"),
			Map.entry("InspectionResultPublished", "公示抽查结果"), Map.entry("InspectionResultWithdrawn", "撤回抽查结果公示"),
			Map.entry("InspectionResultCorrected", "更正抽查结果公示"), Map.entry("OutboxMessagesReplayed", "重新推送省级平台"),
			Map.entry("OutboxResynced", "核对补发省级平台推送"), Map.entry("WindowSaved", "保存岗位信息公示牌窗口"),
			Map.entry("WindowStaffAssigned", "安排窗口人员"), Map.entry("WindowStaffRemoved", "移除窗口人员"),
			Map.entry("WindowStaffPhotoUploaded", "更换窗口人员照片"),

			Map.entry("PublicationCreated", "生成公示信息"), Map.entry("PublicationCompleted", "公示信息补录文书号"),
			Map.entry("PublicationPublished", "公示"), Map.entry("PublicationCorrected", "更正公示"),
			Map.entry("PublicationWithdrawalRequested", "待撤回公示"), Map.entry("PublicationWithdrawn", "撤回公示"),
			Map.entry("PublicationHeldBack", "不予公开"), Map.entry("PublicationSettingsChanged", "公示设置变更"),

			Map.entry("LedgerTaskCreated", "新建落实台账任务"), Map.entry("LedgerTaskEdited", "修改落实台账任务"),
			Map.entry("LedgerNoteRecorded", "记录落实台账进展"), Map.entry("LedgerEvidenceAdded", "上传落实台账佐证材料"),
			Map.entry("LedgerTaskCompleted", "落实台账任务完成"), Map.entry("LedgerTaskReopened", "重新打开落实台账任务"),
			Map.entry("LeadershipGroupChanged", "领导小组变更"),

			Map.entry("DigestTimeChanged", "提醒邮件发送时间变更"), Map.entry("DigestSubscriptionChanged", "订阅提醒邮件变更"),
			Map.entry("SupervisionCheckPlanned", "新建督查"), Map.entry("SupervisionCheckSampled", "抽取督查样本"),
			Map.entry("SupervisionChecklistConfirmed", "确认督查检查表"), Map.entry("SupervisionFindingRecorded", "督查发现问题"),
			Map.entry("SupervisionCheckCompleted", "督查完成"), Map.entry("AssessmentSchemeAdopted", "制定考核方案"),
			Map.entry("CommendationRecorded", "记录表彰奖励"), Map.entry("AccountabilityRecorded", "记录问责"));

	private EntryTypes() {
	}

	/** The Chinese name of {@code type}, or the type itself when none is known. */
	public static String label(String type) {
		return LABELS.getOrDefault(type, type);
	}

	/** Every known type with its Chinese name. */
	public static Map<String, String> labels() {
		return LABELS;
	}

}
