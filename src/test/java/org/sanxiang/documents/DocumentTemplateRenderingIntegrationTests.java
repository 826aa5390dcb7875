package org.sanxiang.documents;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.sanxiang.casework.CaseId;
import org.sanxiang.support.FixedToday;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every template of the standard set, filled with a real demo case's values (the archived
 * 节能审查 case: received, accepted, inspected on site by two officers, granted, delivered)
 * plus sample inputs, renders through the real {@link DocumentRenderer}, and the text
 * PDFBox extracts equals what the document says ({@link PrintedDocument#lines()},
 * whitespace removed): the issue's PDF text extraction test for every template.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
@Import(DocumentsFixedDay.class)
class DocumentTemplateRenderingIntegrationTests {

	/** The demo case granted, delivered and archived (LicensingDemoCases.ARCHIVED). */
	static final String ARCHIVED = "新田县示例新能源有限公司";

	/** The demo applicant who is a natural person (LicensingDemoCases.RECEIVED). */
	static final String PERSON = "李示例";

	@Autowired
	DocumentTemplates templates;

	@Autowired
	CaseFieldValues caseValues;

	@Autowired
	DocumentRenderer renderer;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyTemplateFilledFromADemoCaseRendersAndItsExtractedTextIsTheDocumentsText() throws Exception {
		Map<String, String> real = this.caseValues.values(caseOf(ARCHIVED));
		assertThat(this.templates.all()).hasSize(23);
		for (DocumentTemplate template : this.templates.all()) {
			Map<String, String> known = new HashMap<>(TemplatePreviews.SAMPLE);
			known.putAll(real);
			Map<String, String> inputs = new HashMap<>();
			template.fields().forEach(f -> inputs.put(f.name(), "示例" + f.label()));
			LocalDate issuedOn = FixedToday.TODAY;
			String number = template.series() + "〔2026〕" + (template.version() + 7) + "号";
			Map<String, String> values = template.values(known,
					Map.of("number", number, "issuedOn", DocumentDates.chinese(issuedOn), "issuer", "新田县发展和改革局"),
					inputs);
			assertThat(template.missing(values)).as(template.code()).isEmpty();
			PrintedDocument document = template.fill(values, "新田县发展和改革局", number, issuedOn, null, null);
			byte[] pdf = this.renderer.render(document);
			try (PDDocument loaded = Loader.loadPDF(pdf)) {
				String text = new PDFTextStripper().getText(loaded).replaceAll("\\s", "");
				assertThat(text).as(template.code()).isEqualTo(String.join("", document.lines()).replaceAll("\\s", ""));
			}
			String printed = String.join("", document.lines());
			assertThat(printed).as(template.code()).doesNotContain("${");
			for (TemplateField field : template.fields()) {
				if (field.fromCase() && real.containsKey(field.key()) && mentioned(template, field)) {
					assertThat(printed).as(template.code() + " prints the case's " + field.key())
						.contains(real.get(field.key()));
				}
			}
		}
	}

	@Test
	void aDemoCaseSuppliesItsFactsAsDocumentsPrintThem() {
		Map<String, String> values = this.caseValues.values(caseOf(ARCHIVED));
		assertThat(values).containsEntry("applicant.name", ARCHIVED)
			.containsEntry("applicant.kind", "法人和其他组织")
			.containsEntry("applicant.contactName", "王示例")
			.containsEntry("agency.name", "新田县发展和改革局")
			.containsEntry("item.timeLimit", "20个工作日")
			.containsEntry("decision.result", "准予")
			.containsEntry("decision.text", "准予通过节能审查")
			.containsEntry("licence.number", "新发改能审〔2026〕101号")
			.containsEntry("licence.status", "有效")
			.containsEntry("delivery.method", "直接送达")
			.containsEntry("receivedBy", "李静（示例）")
			.containsEntry("acceptedBy", "李静（示例）")
			.containsKeys("case.number", "receivedOn", "acceptedOn", "decision.decidedOn", "licence.validFrom",
					"licence.validTo", "delivery.on", "item.legalBasis", "agency.creditCode");
		assertThat(values.get("applicant.creditCode")).startsWith("91431128MA4L");
		assertThat(values.get("receivedOn")).matches("2026年\\d{1,2}月\\d{1,2}日");
		// two certified officers on site, each with the certificate shown (XK-34, ZJ-1)
		assertThat(values.get("inspection.officers")).contains("执法证号", "、");
		assertThat(values.get("inspection.findings")).isEqualTo("项目现场与申报的节能措施一致");
		assertThat(values.get("remedies")).contains("行政复议", "行政诉讼");
		assertThat(CaseFieldValues.known()).containsAll(values.keySet());
	}

	/** GS-5, GS-7: a natural person's ID number never reaches a document. */
	@Test
	void aNaturalPersonsIdNumberIsNeverAValue() {
		String idNumber = this.jdbc.sql("select applicant_id_number from casework_case where applicant_name = :name")
			.param("name", PERSON)
			.query(String.class)
			.single();
		assertThat(idNumber).hasSize(18);
		Map<String, String> values = this.caseValues.values(caseOf(PERSON));
		assertThat(values).containsEntry("applicant.kind", "自然人").doesNotContainKey("applicant.creditCode");
		assertThat(values.values()).noneMatch(v -> v.contains(idNumber.substring(0, 14)));
	}

	@Test
	void anUnknownCaseHasNoValues() {
		assertThat(this.caseValues.values(CaseId.random())).isEmpty();
	}

	private static boolean mentioned(DocumentTemplate template, TemplateField field) {
		String placeholder = "${" + field.name() + "}";
		return (template.addressee() != null && template.addressee().contains(placeholder)) || template.body()
			.stream()
			.flatMap(b -> b.map(t -> t).lines().stream())
			.anyMatch(line -> line.contains(placeholder));
	}

	private CaseId caseOf(String applicant) {
		List<String> ids = this.jdbc.sql("select id::text from casework_case where applicant_name = :name")
			.param("name", applicant)
			.query(String.class)
			.list();
		assertThat(ids).as(applicant).hasSize(1);
		return CaseId.of(ids.get(0));
	}

}
