package org.sanxiang.documents;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.service.LifecycleDriver;
import org.sanxiang.support.FixedToday;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo installation's cases carry the documents their steps imply, issued through the
 * documents module as of each step, and the archived demo case was archived with them, so
 * its 电子案卷 holds them (the demo data made on the fixed Monday 2026-06-01). The other
 * integration tests leave the demo documents out ({@code sanxiang.demo.documents=false}
 * in the test profile): rendering them adds some twenty seconds to every start.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
@Import(DocumentsFixedDay.class)
@TestPropertySource(properties = "sanxiang.demo.documents=true")
class DemoDocumentsIntegrationTests {

	/** The demo cases by applicant (LicensingDemoCases), with the documents they hold. */
	static final Map<String, List<String>> EXPECTED = expected();

	static final String ARCHIVED = "新田县示例新能源有限公司";

	static final String DELIVERED = "新田县示例城市建设有限公司";

	static final String NOT_ACCEPTED = "新田县示例水泥有限公司";

	static final String AWAITING_CORRECTION = "新田县示例物流园开发有限公司";

	@Autowired
	Documents documents;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	private static Map<String, List<String>> expected() {
		Map<String, List<String>> e = new LinkedHashMap<>();
		List<String> accepted = List.of("receipt-voucher", "acceptance-notice");
		List<String> delivered = List.of("receipt-voucher", "acceptance-notice", "licence-grant", "service-receipt");
		e.put(ARCHIVED, delivered);
		e.put(DELIVERED, delivered);
		e.put("新田县示例风力发电有限公司", List.of("receipt-voucher", "acceptance-notice", "licence-grant"));
		e.put(NOT_ACCEPTED, List.of("receipt-voucher", "non-acceptance-decision"));
		e.put(AWAITING_CORRECTION, List.of("receipt-voucher", "correction-notice"));
		e.put("新田县示例文旅开发有限公司", accepted);
		e.put("新田县示例食品有限公司", accepted);
		e.put("新田县示例农产品加工有限公司", accepted);
		e.put("新田县示例光伏发电有限公司", accepted);
		e.put("新田县示例建设投资有限公司", accepted);
		// applied online: no materials were handed in at the window
		e.put("李示例", List.of());
		return e;
	}

	@Test
	void everyDemoCaseHoldsTheDocumentsItsStepsImplyEachJournaled() {
		Instant now = CaseFileFixtures.NOW;
		EXPECTED.forEach((applicant, templates) -> {
			List<IssuedDocument> issued = this.documents.ofCase(caseOf(applicant))
				.stream()
				// the 法制审核意见书 is the review module's
				.filter(d -> !d.templateCode().equals(Documents.REVIEW_OPINION))
				.toList();
			assertThat(issued).as(applicant).extracting(IssuedDocument::templateCode).isEqualTo(templates);
			for (IssuedDocument d : issued) {
				assertThat(d.valid()).isTrue();
				assertThat(d.issuedOn()).isBeforeOrEqualTo(FixedToday.TODAY);
				assertThat(d.issuedAt()).isBeforeOrEqualTo(now);
				assertThat(Sm3Digests.hex(this.documents.pdf(d.id()))).isEqualTo(d.sm3());
				assertThat(this.jdbc
					.sql("select count(*) from journal_entry where type = 'DocumentIssued' and entry like ?")
					.param("%" + d.number() + "%")
					.query(Long.class)
					.single()).as(d.number()).isEqualTo(1);
			}
		});
	}

	@Test
	void theDemoDocumentsSayWhatEachStepDid() throws Exception {
		// issued as of the step: the archived case's acceptance weeks ago
		IssuedDocument accepted = of(ARCHIVED, "acceptance-notice");
		assertThat(accepted.issuedOn()).isBefore(FixedToday.TODAY.minusWeeks(4));
		assertThat(text(of(ARCHIVED, "receipt-voucher"))).contains("节能审查申请书", "纸质");
		IssuedDocument grant = of(DELIVERED, "licence-grant");
		assertThat(text(grant)).contains("新发改招核〔2026〕57号", "招标事项核准意见");
		assertThat(text(of(DELIVERED, "service-receipt"))).contains(grant.number(), "邮寄送达", "EMS1100000000000");
		assertThat(text(of(NOT_ACCEPTED, "non-acceptance-decision"))).contains("永州市发展和改革委员会", "行政复议", "行政诉讼");
		assertThat(text(of(AWAITING_CORRECTION, "correction-notice"))).contains("项目选址的规划意见");
	}

	@Test
	void theArchivedDemoCaseWasArchivedWithItsDocumentsInItsCaseFile() throws Exception {
		CaseId archived = caseOf(ARCHIVED);
		assertThat(this.jdbc.sql("select state from casework_case where id = ?")
			.param(archived.value())
			.query(String.class)
			.single()).isEqualTo("Archived");
		List<IssuedDocument> issued = this.documents.ofCase(archived);
		assertThat(issued).hasSize(4);
		byte[] pdf = this.mvc
			.perform(get("/api/v1/cases/" + archived + "/case-file.pdf").with(user("supervisor").roles("SUPERVISOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument file = Loader.loadPDF(pdf)) {
			assertThat(CaseFileAssemblerTests.page(file, 1)).contains(ARCHIVED, "共4件");
			String contents = CaseFileAssemblerTests.rawPage(file, 2);
			for (int row = 1; row <= issued.size(); row++) {
				IssuedDocument d = issued.get(row - 1);
				assertThat(
						CaseFileAssemblerTests.page(file, CaseFileAssemblerTests.pageNumberInContents(contents, row)))
					.startsWith("新田县发展和改革局" + d.title() + d.number());
			}
		}
	}

	@Test
	void theDemoDocumentsAreIssuedOnceOnlyAndNotForCasesMadeLater() {
		long before = this.jdbc.sql("select count(*) from documents_document").query(Long.class).single();
		this.context.getBean(DemoDocuments.Before.class).run(null);
		// a case received and accepted at the window meanwhile, on the same thread
		LifecycleDriver driver = LifecycleDriver.of(this.context);
		CaseId c = driver.apply(900);
		driver.step(c, 1);
		this.context.getBean(DemoDocuments.After.class).run(null);
		assertThat(this.documents.ofCase(c)).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from documents_document").query(Long.class).single())
			.isEqualTo(before);
	}

	private IssuedDocument of(String applicant, String template) {
		return this.documents.ofCase(caseOf(applicant))
			.stream()
			.filter(d -> d.templateCode().equals(template))
			.findFirst()
			.orElseThrow(() -> new AssertionError(applicant + " has no " + template));
	}

	private String text(IssuedDocument d) throws Exception {
		try (PDDocument loaded = Loader.loadPDF(this.documents.pdf(d.id()))) {
			return new PDFTextStripper().getText(loaded).replaceAll("\\s", "");
		}
	}

	private CaseId caseOf(String applicant) {
		return CaseId.of(this.jdbc.sql("select id::text from casework_case where applicant_name = :name")
			.param("name", applicant)
			.query(String.class)
			.single());
	}

}
