package org.sanxiang.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.sanxiang.casework.CaseFacts;
import org.sanxiang.catalog.Agency;
import org.sanxiang.catalog.Catalog;

import org.springframework.stereotype.Component;

/**
 * A template drawn as its documents will look, with made-up values and the watermark 预览
 * so that a preview can never pass for a document: no number is taken and nothing is
 * stored or journaled. Values come from a fictional case ({@link #SAMPLE}); a field the
 * officer types shows what it asks for.
 */
@Component
class TemplatePreviews {

	static final String WATERMARK = "预览";

	/**
	 * A fictional case: a value for every key of {@link CaseFieldValues#KEYS} but the
	 * remedies, which are the ones in force.
	 */
	static final Map<String, String> SAMPLE = sample();

	private final DocumentRenderer renderer;

	private final Catalog catalog;

	private final Clock clock;

	private final CaseFacts cases;

	TemplatePreviews(DocumentRenderer renderer, Catalog catalog, Clock clock, CaseFacts cases) {
		this.renderer = renderer;
		this.catalog = catalog;
		this.clock = clock;
		this.cases = cases;
	}

	byte[] pdf(DocumentTemplate template) {
		return this.renderer.render(document(template));
	}

	PrintedDocument document(DocumentTemplate template) {
		LocalDate today = LocalDate.now(this.clock);
		String issuer = this.catalog.agencies().stream().findFirst().map(Agency::name).orElse("新田县发展和改革局");
		Map<String, String> system = Map.of("number", template.series() + "〔" + today.getYear() + "〕1号", "issuedOn",
				DocumentDates.chinese(today), "issuer", issuer);
		Map<String, String> inputs = new HashMap<>();
		template.fields().forEach(f -> inputs.put(f.name(), "（此处填写" + f.label() + "）"));
		Map<String, String> sample = new HashMap<>(SAMPLE);
		sample.put("remedies", this.cases.remedies());
		Map<String, String> values = template.values(sample, system, inputs);
		// the decision's text is a grant's content or a refusal's reasons: say which
		template.fields()
			.stream()
			.filter(f -> f.fromCase() && f.key().equals("decision.text"))
			.forEach(f -> values.put(f.name(), "（此处为" + f.label() + "，取自办件的决定）"));
		return template.fill(values, issuer, null, today, null, WATERMARK);
	}

	private static Map<String, String> sample() {
		Map<String, String> s = new LinkedHashMap<>();
		s.put("case.number", "XK-20260601-0001");
		s.put("agency.name", "新田县发展和改革局");
		s.put("agency.creditCode", "11431128006728916M");
		s.put("agency.address", "新田县龙泉镇示例路1号");
		s.put("agency.phone", "0746-0000000");
		s.put("applicant.name", "新田县示例能源有限公司");
		s.put("applicant.kind", "法人和其他组织");
		s.put("applicant.creditCode", "91431128MA4L00019X");
		s.put("applicant.contactName", "王示例");
		s.put("applicant.contactPhone", "0746-0000001");
		s.put("applicant.address", "新田县龙泉镇示例路2号");
		s.put("item.name", "企业投资项目核准");
		s.put("item.code", "XK-001");
		s.put("item.kind", "核准");
		s.put("item.legalBasis", "《企业投资项目核准和备案管理条例》（国务院令第673号）第三条");
		s.put("item.timeLimit", "20个工作日");
		s.put("receivedOn", "2026年6月1日");
		s.put("receivedBy", "李静（示例）");
		s.put("correction.noticeOn", "2026年6月2日");
		s.put("correction.missing", "1.项目可行性研究报告（加盖编制单位公章）；2.项目选址的规划意见。");
		s.put("nonAcceptance.decidedOn", "2026年6月2日");
		s.put("nonAcceptance.reason", "该项目总投资超出县级核准权限");
		s.put("nonAcceptance.referral", "该申请事项依法不属于本机关职权范围，请向永州市发展和改革委员会申请（《中华人民共和国行政许可法》第三十二条第一款第（二）项）。");
		s.put("acceptedOn", "2026年6月2日");
		s.put("acceptedBy", "李静（示例）");
		s.put("decisionDue", "2026年6月30日");
		s.put("officers", "张伟（示例）（执法证号：43000000001）、刘洋（示例）（执法证号：43000000002）");
		s.put("officers.names", "张伟（示例）、刘洋（示例）");
		s.put("inspection.on", "2026年6月8日");
		s.put("inspection.officers", "张伟（示例）（执法证号：43000000001）、刘洋（示例）（执法证号：43000000002）");
		s.put("inspection.findings", "项目建设地点、建设规模与申报材料一致，现场未开工建设。");
		s.put("interestedParties.names", "新田县示例村村民委员会");
		s.put("interestedParties.notifiedOn", "2026年6月5日");
		s.put("pause.kind", "专家评审");
		s.put("pause.from", "2026年6月9日");
		s.put("pause.notice", "组织专家对项目申请报告进行评审，所需时间约十个工作日。");
		s.put("extension.days", "10");
		s.put("extension.reason", "项目涉及的规划调整意见尚待有关部门出具");
		s.put("extension.approvedBy", "赵志刚（示例）");
		s.put("extension.approvedOn", "2026年6月26日");
		s.put("extension.newDue", "2026年7月14日");
		s.put("hearingRight.notifiedOn", "2026年6月10日");
		s.put("hearingRight.requestBy", "2026年6月17日");
		s.put("hearing.noticeOn", "2026年6月18日");
		s.put("hearing.on", "2026年6月29日");
		s.put("hearing.place", "新田县发展和改革局三楼会议室");
		s.put("hearing.host", "陈法制（示例）");
		s.put("hearing.parties", "新田县示例村村民委员会");
		s.put("hearing.record", "新发改许笔〔2026〕3号");
		s.put("decision.result", "准予");
		s.put("decision.text", "核准新田县示例光伏发电项目，建设地点为新田县龙泉镇，建设规模为装机容量20兆瓦。");
		s.put("decision.decidedOn", "2026年7月3日");
		s.put("decision.approvedBy", "赵志刚（示例）");
		s.put("licence.number", "新发改核〔2026〕12号");
		s.put("licence.validFrom", "2026年7月3日");
		s.put("licence.validTo", "2028年7月2日");
		s.put("licence.status", "有效");
		s.put("licenceChange.action", "变更");
		s.put("licenceChange.on", "2027年3月1日");
		s.put("licenceChange.reason", "项目建设规模调整");
		s.put("licenceChange.article", "第四十九条");
		s.put("renewal.appliedOn", "2028年5月20日");
		s.put("renewal.validTo", "2028年7月2日");
		s.put("renewalDenial.decidedOn", "2028年6月20日");
		s.put("renewalDenial.reasons", "项目在核准文件有效期内未开工建设，且建设条件已发生重大变化。");
		s.put("delivery.method", "直接送达");
		s.put("delivery.on", "2026年7月6日");
		return Collections.unmodifiableMap(s);
	}

}
