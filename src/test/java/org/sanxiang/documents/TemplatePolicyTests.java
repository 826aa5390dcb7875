package org.sanxiang.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.sanxiang.platform.InputRejected.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A template that would fail when a document is made from it is refused when saved, with
 * every problem named in Chinese.
 */
class TemplatePolicyTests {

	private static final TemplateField APPLICANT = new TemplateField("applicantName", "申请人", true,
			"case:applicant.name");

	private static final TemplateField REMEDIES = new TemplateField("remedies", "救济途径", true, "case:remedies");

	@Test
	void allowsAWellFormedTemplate() {
		assertThat(problems(draft("新发改许", false, List.of(APPLICANT), "你（单位）${applicantName}申请……"))).isEmpty();
	}

	@Test
	void refusesAPlaceholderOfAnUndeclaredFieldNamingIt() {
		assertThat(problems(draft("新发改许", false, List.of(APPLICANT), "${applicantName}于${recievedOn}提出申请")))
			.containsExactly("正文引用了未声明的字段 ${recievedOn}，请先在字段中声明，或改正拼写");
	}

	@Test
	void refusesACaseKeyTheCaseDoesNotSupply() {
		TemplateField unknown = new TemplateField("idNumber", "身份证号", true, "case:applicant.idNumber");
		assertThat(problems(draft("新发改许", false, List.of(APPLICANT, unknown), "${applicantName}${idNumber}")))
			.containsExactly("字段“idNumber”的来源 case:applicant.idNumber 不是办件提供的数据项，请从可用数据项中选择");
	}

	@Test
	void refusesSystemKeysOutsideNumberDateAndIssuer() {
		TemplateField clock = new TemplateField("now", "时间", false, "system:now");
		assertThat(problems(draft("新发改许", false, List.of(APPLICANT, clock), "${applicantName}${now}")))
			.containsExactly("字段“now”的来源 system:now 不是系统数据项，只能是 system:number、system:issuedOn、system:issuer");
	}

	/** XK-38 */
	@Test
	void refusesARefusalWithoutAMandatoryRemediesFieldThatIsPrinted() {
		TemplateField optional = new TemplateField("remedies", "救济途径", false, "case:remedies");
		assertThat(problems(draft("新发改许", true, List.of(APPLICANT, optional), "${applicantName}"))).hasSize(2)
			.allMatch(message -> message.contains("remedies") && message.contains("XK-38"));
		assertThat(problems(draft("新发改许", true, List.of(APPLICANT, REMEDIES), "${applicantName}。${remedies}")))
			.isEmpty();
	}

	/** WS-1 */
	@Test
	void refusesASeriesWithBracketsOrAYear() {
		assertThat(problems(draft("新发改许〔2026〕", false, List.of(APPLICANT), "${applicantName}"))).singleElement()
			.asString()
			.contains("文号代字", "不含括号", "WS-1");
		assertThat(problems(draft("新发改(许)", false, List.of(APPLICANT), "${applicantName}"))).hasSize(1);
		assertThat(problems(draft("XF发改许2", false, List.of(APPLICANT), "${applicantName}"))).isEmpty();
	}

	@Test
	void listsEveryProblemAtOnce() {
		TemplateDraft draft = new TemplateDraft("licence-denial", " ", "新发改许[2026]", true, null,
				List.of(new TemplateField("1st", "", false, "elsewhere")), "${to}",
				List.of(new PrintedDocument.Paragraph("${ bad}"),
						new PrintedDocument.Signature(List.of("${applicantName}（签名）"))),
				"");
		assertThat(problems(draft)).hasSize(11);
	}

	@Test
	void readsEveryJsonProblemAndGoesOn() {
		List<FieldError> problems = new ArrayList<>();
		TemplateJson.Read read = TemplateJson.draft("x", "t", "s", false, null,
				TemplateJson.tree(
						"[{\"name\": \"a\", \"label\": \"甲\", \"source\": \"input\", \"mandatory\": \"yes\"}]",
						"fields", "字段", problems),
				TemplateJson.tree(
						"{\"body\": [{\"paragraph\": 1}, {\"quote\": \"x\"}, {\"table\": [\"a\", \"b\"], \"rows\": [[\"1\"]]}]}",
						"layout", "版式", problems),
				"n", problems);
		assertThat(read.problems()).extracting(FieldError::message)
			.containsExactly("第 1 个字段的 mandatory 应为 true 或 false", "正文第 1 块的 paragraph 应为文字",
					"正文第 2 块的类型无法识别：应为 paragraph、heading、field、table 或 signature 之一", "正文第 3 块第 1 行有 1 格，表头有 2 列");
		List<FieldError> syntax = new ArrayList<>();
		TemplateJson.tree("{\"body\": [", "layout", "版式", syntax);
		assertThat(syntax).singleElement().extracting(FieldError::message).asString().startsWith("版式不是有效的 JSON");
	}

	@Test
	void writesWhatItReads() {
		for (TemplateDraft draft : StandardTemplates.load()) {
			List<FieldError> problems = new ArrayList<>();
			TemplateJson.Read read = TemplateJson.draft(draft.code(), draft.title(), draft.series(),
					draft.remediesRequired(), draft.basis(),
					TemplateJson.tree(TemplateJson.pretty(TemplateJson.fieldsNode(draft.fields())), "fields", "字段",
							problems),
					TemplateJson.tree(TemplateJson.pretty(TemplateJson.layoutNode(draft.addressee(), draft.body())),
							"layout", "版式", problems),
					draft.note(), problems);
			assertThat(read.problems()).isEmpty();
			assertThat(read.draft()).isEqualTo(draft);
		}
	}

	@Test
	void resolvesEachFieldFromItsSource() {
		DocumentTemplate template = new DocumentTemplate("t", 1, "标题", "新发改许", false,
				List.of(APPLICANT, new TemplateField("number", "文号", true, "system:number"),
						new TemplateField("reason", "理由", true, "input")),
				null, List.of(new PrintedDocument.Paragraph("${applicantName}${number}${reason}")));
		Map<String, String> values = template.values(Map.of("applicant.name", "甲公司", "item.name", "核准"),
				Map.of("number", "新发改许〔2026〕1号"), Map.of("reason", " 理由 ", "applicantName", "乙"));
		assertThat(values).containsExactly(Map.entry("applicantName", "甲公司"), Map.entry("number", "新发改许〔2026〕1号"),
				Map.entry("reason", "理由"));
	}

	private static TemplateDraft draft(String series, boolean remedies, List<TemplateField> fields, String text) {
		return new TemplateDraft("licence-denial", "不予行政许可决定书", series, remedies, null, fields, null,
				List.of(new PrintedDocument.Paragraph(text)), "试行");
	}

	private static List<String> problems(TemplateDraft draft) {
		return TemplatePolicy.problems(draft, CaseFieldValues.known()).stream().map(FieldError::message).toList();
	}

}
