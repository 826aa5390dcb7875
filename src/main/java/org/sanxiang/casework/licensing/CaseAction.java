package org.sanxiang.casework.licensing;

/**
 * What can be done to a licensing case, with the Chinese name shown in refusals and on
 * the console.
 */
public enum CaseAction {

	RECEIVE("接收申请"), REQUEST_CORRECTION("补正告知"), SUBMIT_CORRECTION("提交补正材料"), ACCEPT("受理"), DEEM_ACCEPTED("视为受理"),
	NOT_ACCEPT("不予受理"), ASSIGN_OFFICERS("指派承办人"), RECORD_SITE_INSPECTION("现场核查"), RECORD_OPINION("审查意见"),
	EXTEND("延长审查期限"), PAUSE("中止计时"), RESUME("恢复计时"), NOTIFY_HEARING_RIGHT("听证权利告知"), REQUEST_HEARING("听证申请"),
	SCHEDULE_HEARING("听证通知"), RECORD_HEARING("听证笔录"), GRANT("准予许可"), DENY("不予许可"), DELIVER("送达"), ARCHIVE("归档"),
	ALTER_LICENCE("变更"), RENEW_LICENCE("延续"), WITHDRAW_LICENCE("撤回"), REVOKE_LICENCE("撤销"), CANCEL_LICENCE("注销"),
	NOTIFY_INTERESTED_PARTIES("利害关系人告知"), RECORD_STATEMENT("陈述、申辩"), MARK_PUBLIC_INTEREST("认定涉及公共利益的重大许可"),
	RENEWAL_APPLIED("申请延续"), DENY_RENEWAL("不予延续"), DEEM_RENEWED("视为准予延续"), MARK_FULL_RECORDING("认定涉及人身自由、生命健康或者重大财产权益"),
	FLAG_MAJOR("标记重大执法决定"), CLEAR_MAJOR_FLAG("解除重大执法决定认定");

	private final String label;

	CaseAction(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
