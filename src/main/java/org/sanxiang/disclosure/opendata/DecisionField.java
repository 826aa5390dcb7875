package org.sanxiang.disclosure.opendata;

import java.util.function.BiFunction;
import java.util.function.Function;

import org.sanxiang.disclosure.Publication;

/**
 * The columns of {@code decisions.csv} and the keys of {@code decisions.json}, in order:
 * one list, so the files, their documentation on {@code /open-data} and the tests agree.
 * The English keys are stable; new fields are only ever added at the end.
 */
enum DecisionField {

	ID("id", "公示编号", "公示记录的唯一编号（UUID），详情页地址和订阅条目均用此编号", (p, c) -> p.id().toString()),
	CASE_NUMBER("caseNumber", "办件编号", "作出决定的行政许可办件编号", p -> p.caseNumber()),
	ACTION("action", "决定类型", "准予许可、不予许可、变更、延续、不予延续、撤回、撤销或注销", p -> p.action()),
	ITEM_CODE("itemCode", "事项编码", "权责清单中的事项编码", p -> p.itemCode()),
	ITEM_NAME("itemName", "事项名称", "权责清单中的事项名称", p -> p.itemName()),
	PARTY_NAME("partyName", "行政相对人名称", "XK_XDR_MC", p -> p.partyName()),
	PARTY_CATEGORY("partyCategory", "行政相对人类别", "法人及非法人组织、自然人或个体工商户（XK_XDR_LB）", p -> p.partyCategory()),
	PARTY_CREDIT_CODE("partyCreditCode", "统一社会信用代码", "行政相对人的统一社会信用代码，自然人为空（XK_XDR_SHXYM）", p -> p.partyCreditCode()),
	LEGAL_REPRESENTATIVE("legalRepresentative", "法定代表人", "XK_FRDB", p -> p.legalRepresentative()),
	DOCUMENT_TITLE("documentTitle", "许可决定文书名称", "XK_XKWS", p -> p.documentTitle()),
	DOCUMENT_NUMBER("documentNumber", "文书号", "许可决定文书号，如 新发改许〔2026〕12号（XK_WSH）", p -> p.documentNumber()),
	LICENCE_CATEGORY("licenceCategory", "许可类别", "普通、特许、认可、核准、登记或其他（XK_XKLB）", p -> p.licenceCategory()),
	CERTIFICATE_NAME("certificateName", "许可证书名称", "XK_XKZS", p -> p.certificateName()),
	CERTIFICATE_NUMBER("certificateNumber", "许可编号", "XK_XKBH", p -> p.certificateNumber()),
	CONTENT("content", "许可内容", "已按规定隐去个人信息（XK_NR）", p -> p.content()),
	DECIDED_ON("decidedOn", "决定日期", "YYYY-MM-DD（XK_JDRQ）", p -> ExportContext.date(p.decidedOn())),
	VALID_FROM("validFrom", "有效期自", "YYYY-MM-DD（XK_YXQZ）", p -> ExportContext.date(p.validFrom())),
	VALID_TO("validTo", "有效期至", "YYYY-MM-DD，2099-12-31 表示长期有效（XK_YXQZI）", p -> ExportContext.date(p.validTo())),
	AUTHORITY("authority", "许可机关", "XK_XKJG", p -> p.authority()),
	AUTHORITY_CODE("authorityCode", "许可机关统一社会信用代码", "XK_XKJGDM", p -> p.authorityCode()),
	CURRENT_STATUS("currentStatus", "当前状态", "许可的当前状态：有效或无效（XK_ZT）", p -> p.currentStatus()),
	SOURCE_UNIT("sourceUnit", "数据来源单位", "XK_LYDW", p -> p.sourceUnit()),
	SOURCE_UNIT_CODE("sourceUnitCode", "数据来源单位统一社会信用代码", "XK_LYDWDM", p -> p.sourceUnitCode()),
	REMARKS("remarks", "备注", "已按规定隐去个人信息（BZ）", p -> p.remarks()),
	STATUS("status", "公示状态", "PUBLISHED（已公示）或 WITHDRAWN（已撤回）；CSV 中为中文", p -> p.status().name(),
			p -> p.status().label()),
	PUBLISHED_AT("publishedAt", "公示时间", "ISO 8601，北京时间（+08:00）", (p, c) -> c.time(p.publishedAt())),
	DISCLOSURE_UNTIL("disclosureUntil", "公示截止日期", "此日之后不再公示；为空表示未设截止日期", p -> ExportContext.date(p.disclosureUntil())),
	WITHDRAWN_AT("withdrawnAt", "撤回时间", "ISO 8601，北京时间；未撤回为空", (p, c) -> c.time(p.withdrawnAt())),
	WITHDRAWAL_REASON("withdrawalReason", "撤回说明", "撤回或更正的公开说明；未撤回为空", p -> p.withdrawalReason()),
	JOURNAL_SEQ("journalSeq", "存证序号", "全过程记录日志中记录此次公示的条目序号，可在存证页核验",
			p -> p.journalSeq() == null ? null : p.journalSeq().toString()),
	URL("url", "详情页", "公示详情页地址", (p, c) -> c.link("/decisions/" + p.id()));

	private final String key;

	private final String label;

	private final String meaning;

	private final BiFunction<Publication, ExportContext, String> json;

	private final BiFunction<Publication, ExportContext, String> csv;

	DecisionField(String key, String label, String meaning, BiFunction<Publication, ExportContext, String> value) {
		this.key = key;
		this.label = label;
		this.meaning = meaning;
		this.json = value;
		this.csv = value;
	}

	DecisionField(String key, String label, String meaning, Function<Publication, String> value) {
		this(key, label, meaning, (p, c) -> value.apply(p));
	}

	DecisionField(String key, String label, String meaning, Function<Publication, String> json,
			Function<Publication, String> csv) {
		this.key = key;
		this.label = label;
		this.meaning = meaning;
		this.json = (p, c) -> json.apply(p);
		this.csv = (p, c) -> csv.apply(p);
	}

	/** The JSON key. */
	public String key() {
		return this.key;
	}

	/** The CSV header: the Chinese name. */
	public String label() {
		return this.label;
	}

	public String meaning() {
		return this.meaning;
	}

	String json(Publication publication, ExportContext context) {
		return this.json.apply(publication, context);
	}

	String csv(Publication publication, ExportContext context) {
		return this.csv.apply(publication, context);
	}

}
