package org.sanxiang.catalog.web;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Map.entry;

/**
 * Chinese names of form fields, so the error summary at the top of a form says which
 * field a message such as "必填" belongs to.
 */
public final class FieldLabels {

	private static final Pattern ROW = Pattern.compile("^(legalBases|materials)\\[(\\d+)\\]\\.(\\w+)$");

	private static final Map<String, String> NAMES = Map.ofEntries(entry("creditCode", "统一社会信用代码"), entry("name", "名称"),
			entry("documentPrefix", "发文机关代字"), entry("address", "地址"), entry("phone", "电话"), entry("website", "网站"),
			entry("supervisionPhone", "监督电话"), entry("complaintAddress", "投诉地址"), entry("complaintEmail", "投诉邮箱"),
			entry("overview", "机构职能简介"), entry("code", "编码"), entry("duties", "主要职责"), entry("sortOrder", "排序"),
			entry("description", "说明"), entry("channel", "渠道"), entry("id", "人员编号"), entry("unitCode", "机构"),
			entry("post", "职务/岗位"), entry("certificate", "行政执法证"), entry("certificate.number", "执法证号"),
			entry("certificate.issuer", "发证机关"), entry("certificate.validFrom", "有效期起"),
			entry("certificate.validTo", "有效期至"), entry("certificate.status", "证件状态"), entry("areas", "执法区域/执法类别"),
			entry("account", "登录账号"), entry("category", "职权类别"), entry("subcategory", "子类别"), entry("conditions", "条件"),
			entry("legalBases", "执法依据"), entry("procedureSteps", "办理流程"), entry("statutoryLimit", "法定时限"),
			entry("statutoryLimit.amount", "法定时限"), entry("statutoryLimit.unit", "法定时限单位"),
			entry("promisedLimit", "承诺时限"), entry("promisedLimit.amount", "承诺时限"),
			entry("promisedLimit.unit", "承诺时限单位"), entry("fee", "收费"), entry("fee.standard", "收费标准"),
			entry("fee.basis", "收费依据"), entry("materials", "申请材料"), entry("inspectionSubjects", "抽查对象"),
			entry("inspectionMethod", "抽查方式"), entry("effectiveFrom", "生效日期"), entry("reason", "变更原因"),
			entry("creditCodeOverrideReason", "校验码例外说明"), entry("conditionKind", "情形类别"), entry("kind", "情形类别"),
			entry("basis", "依据"), entry("position", "排序"), entry("itemCode", "事项"), entry("circumstance", "情形"),
			entry("standard", "裁量标准"), entry("minimum", "幅度下限"), entry("maximum", "幅度上限"), entry("unit", "单位"));

	private static final Map<String, String> ROW_FIELDS = Map.ofEntries(entry("law", "法律法规名称"), entry("article", "条款"),
			entry("text", "条文内容"), entry("name", "材料名称"), entry("required", "必要材料"), entry("form", "形式"),
			entry("copies", "份数"), entry("note", "填报说明"), entry("sampleFileId", "示范文本"), entry("sample", "示范文本"));

	public String of(String path) {
		if (path == null) {
			return "";
		}
		Matcher m = ROW.matcher(path);
		if (m.matches()) {
			return ("legalBases".equals(m.group(1)) ? "执法依据" : "申请材料") + "第 " + (Integer.parseInt(m.group(2)) + 1)
					+ " 行" + ROW_FIELDS.getOrDefault(m.group(3), m.group(3));
		}
		return NAMES.getOrDefault(path, path);
	}

}
