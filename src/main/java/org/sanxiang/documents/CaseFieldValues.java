package org.sanxiang.documents;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.sanxiang.casework.CaseId;

/**
 * The values a case supplies to templates, by the key after {@code case:} in a field's
 * source (e.g. {@code applicant.name}, {@code item.name}, {@code acceptedOn}). Dates are
 * printed as {@link DocumentDates#chinese}; a value the case does not have yet is left
 * out. The ID number of a natural person is never a value (RULES.md GS-5, GS-7).
 */
interface CaseFieldValues {

	/**
	 * Every key a case may supply, with what it means, in the order a reader meets them:
	 * a template that names any other {@code case:} key is refused when saved.
	 */
	Map<String, String> KEYS = keys();

	/** Every value known for the case; empty when there is no such case. */
	Map<String, String> values(CaseId caseId);

	/** The keys of {@link #KEYS}. */
	static Set<String> known() {
		return KEYS.keySet();
	}

	private static Map<String, String> keys() {
		Map<String, String> k = new LinkedHashMap<>();
		k.put("case.number", "办件编号");
		k.put("agency.name", "执法主体名称");
		k.put("agency.creditCode", "执法主体统一社会信用代码");
		k.put("agency.address", "执法主体地址");
		k.put("agency.phone", "执法主体联系电话");
		k.put("applicant.name", "申请人名称（姓名）");
		k.put("applicant.kind", "申请人类别（自然人、法人和其他组织）");
		k.put("applicant.creditCode", "申请人统一社会信用代码");
		k.put("applicant.contactName", "联系人");
		k.put("applicant.contactPhone", "联系电话");
		k.put("applicant.address", "送达地址");
		k.put("item.name", "申请事项名称");
		k.put("item.code", "事项编码");
		k.put("item.kind", "许可类别（普通、特许、认可、核准、登记、其他）");
		k.put("item.legalBasis", "设定依据（法律名称及条款）");
		k.put("item.timeLimit", "法定办理期限，如“20个工作日”");
		k.put("receivedOn", "收到申请材料日期");
		k.put("receivedBy", "接收申请材料的工作人员");
		k.put("correction.noticeOn", "补正告知日期");
		k.put("correction.missing", "需要补正的全部内容（编号列出）");
		k.put("nonAcceptance.decidedOn", "不予受理决定日期");
		k.put("nonAcceptance.reason", "不予受理理由");
		k.put("nonAcceptance.referral", "告知向有关行政机关申请的一句话（不属于本机关职权时）");
		k.put("acceptedOn", "受理日期");
		k.put("acceptedBy", "受理人");
		k.put("decisionDue", "法定决定期限届满日");
		k.put("officers", "承办人姓名及行政执法证号");
		k.put("officers.names", "承办人姓名");
		k.put("inspection.on", "现场核查日期");
		k.put("inspection.officers", "核查人员姓名及行政执法证号");
		k.put("inspection.findings", "核查情况");
		k.put("interestedParties.names", "利害关系人");
		k.put("interestedParties.notifiedOn", "告知利害关系人日期");
		k.put("pause.kind", "不计入期限的程序（听证、检验、检测、鉴定、专家评审等）");
		k.put("pause.from", "该程序开始日期");
		k.put("pause.notice", "书面告知的所需时间及说明");
		k.put("extension.days", "延长的工作日数");
		k.put("extension.reason", "延长期限的理由");
		k.put("extension.approvedBy", "批准延长的负责人");
		k.put("extension.approvedOn", "批准延长日期");
		k.put("extension.newDue", "延长后的决定期限届满日");
		k.put("hearingRight.notifiedOn", "告知听证权利日期");
		k.put("hearingRight.requestBy", "提出听证申请的截止日期");
		k.put("hearing.noticeOn", "听证通知日期");
		k.put("hearing.on", "听证日期");
		k.put("hearing.place", "听证地点");
		k.put("hearing.host", "听证主持人");
		k.put("hearing.parties", "听证参加人（申请人以外）");
		k.put("hearing.record", "听证笔录编号");
		k.put("decision.result", "决定结果（准予或者不予）");
		k.put("decision.text", "决定内容（准予的许可内容或者不予的理由）");
		k.put("decision.decidedOn", "决定日期");
		k.put("decision.approvedBy", "批准决定的负责人");
		k.put("licence.number", "许可证件编号");
		k.put("licence.validFrom", "许可有效期自");
		k.put("licence.validTo", "许可有效期至");
		k.put("licence.status", "许可当前状态");
		k.put("licenceChange.action", "许可的最近一次变动（变更、延续、撤回、撤销、注销）");
		k.put("licenceChange.on", "该变动的日期");
		k.put("licenceChange.reason", "该变动的理由");
		k.put("licenceChange.article", "该变动的法律依据条款");
		k.put("renewal.appliedOn", "申请延续日期");
		k.put("renewal.validTo", "申请延续时的有效期至");
		k.put("renewalDenial.decidedOn", "不予延续决定日期");
		k.put("renewalDenial.reasons", "不予延续理由");
		k.put("delivery.method", "送达方式");
		k.put("delivery.on", "送达日期");
		k.put("remedies", "行政复议、行政诉讼的途径和期限（行政许可法 第三十八条第二款）");
		return Collections.unmodifiableMap(k);
	}

}
