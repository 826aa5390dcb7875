package org.sanxiang.inspection;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * A column of the open data of inspection results ({@code /open-data/inspections.csv} and
 * {@code .json}): the Chinese CSV header, the JSON key and what it means. Every value is
 * a string or empty; the text was masked when it was published (GS-5).
 */
enum ResultField {

	PLAN_NUMBER("抽查计划编号", "planNumber", "抽查计划的编号", (r, c) -> r.planNumber()),
	PLAN_TITLE("抽查计划名称", "planTitle", "抽查计划的名称", (r, c) -> r.planTitle()),
	TARGET_NAME("检查对象名称", "targetName", "被检查的市场主体名称", (r, c) -> r.targetName()),
	CREDIT_CODE("统一社会信用代码", "creditCode", "检查对象的统一社会信用代码", (r, c) -> r.creditCode()),
	TARGET_CATEGORY("对象类别", "targetCategory", "法人及非法人组织 或 个体工商户", (r, c) -> r.targetCategory()),
	LEGAL_REPRESENTATIVE("法定代表人（经营者）", "legalRepresentative", "法定代表人；个体工商户为经营者，只公开姓氏",
			(r, c) -> r.legalRepresentative()),
	ITEMS("检查事项", "items", "随机抽查事项清单中的事项名称，多个以“；”分隔",
			(r, c) -> r.items().stream().map(PublicInspections.PublicItem::name).collect(Collectors.joining("；"))),
	ITEM_CODES("检查事项编码", "itemCodes", "事项编码，多个以“；”分隔",
			(r, c) -> r.items().stream().map(PublicInspections.PublicItem::code).collect(Collectors.joining("；"))),
	INSPECTORS("执法检查人员", "inspectors", "随机选派的执法人员姓名及执法证号，多个以“；”分隔",
			(r, c) -> r.inspectors()
				.stream()
				.map(o -> o.certificateNumber() == null ? o.name() : o.name() + "（" + o.certificateNumber() + "）")
				.collect(Collectors.joining("；"))),
	INSPECTED_ON("检查日期", "inspectedOn", "实施检查的日期，YYYY-MM-DD", (r, c) -> text(r.inspectedOn())),
	RESULT("检查结果", "result", "未发现问题、责令整改、移送立案 或 其他；已撤回的为空", (r, c) -> r.result()),
	FINDINGS("检查情况", "findings", "检查发现的情况，个人信息已隐去；已撤回的为空", (r, c) -> r.findings()),
	FOLLOW_UP("后续处理", "followUp", "责令整改、移送立案等后续处理；已撤回的为空", (r, c) -> r.followUp()),
	RECTIFY_BY("整改期限", "rectifyBy", "责令整改的期限，YYYY-MM-DD", (r, c) -> text(r.rectifyBy())),
	DUE_ON("应公示日期", "dueOn", "检查之日起 20 个工作日的最后一日，YYYY-MM-DD", (r, c) -> text(r.dueOn())),
	PUBLISHED_AT("公示时间", "publishedAt", "公示的时间（北京时间，ISO 8601）", (r, c) -> time(r.publishedAt(), c)),
	STATUS("公示状态", "status", "已公示 或 已撤回", (r, c) -> r.status()),
	WITHDRAWN_AT("撤回时间", "withdrawnAt", "撤回公示的时间（ISO 8601）", (r, c) -> time(r.withdrawnAt(), c)),
	WITHDRAWAL_REASON("撤回原因", "withdrawalReason", "撤回公示的公开说明", (r, c) -> r.withdrawalReason()),
	ADDRESS("详情地址", "url", "本站该结果的详情页地址", (r, c) -> c.base() + "/inspections/results/" + r.id());

	/** Where the values are written for: the site's address and its time zone. */
	record Context(ZoneId zone, String base) {
	}

	private final String label;

	private final String key;

	private final String meaning;

	private final BiFunction<PublicInspections.PublicResult, Context, String> value;

	ResultField(String label, String key, String meaning,
			BiFunction<PublicInspections.PublicResult, Context, String> value) {
		this.label = label;
		this.key = key;
		this.meaning = meaning;
		this.value = value;
	}

	public String label() {
		return this.label;
	}

	public String key() {
		return this.key;
	}

	public String meaning() {
		return this.meaning;
	}

	/** The value, or {@code null} when there is none. */
	String value(PublicInspections.PublicResult r, Context context) {
		String v = this.value.apply(r, context);
		return v == null || v.isEmpty() ? null : v;
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

	private static String time(java.time.Instant at, Context context) {
		return at == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(context.zone()));
	}

}
