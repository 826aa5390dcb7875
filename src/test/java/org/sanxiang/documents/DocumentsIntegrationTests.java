package org.sanxiang.documents;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.service.LifecycleDriver;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 执法文书 end to end on PostgreSQL, over REST, the console and the public portal: issuing
 * the 受理通知书 of a licensing case (number, stored PDF, SM3, journal entry), refusals that
 * take no number (missing fields, remedies, a render failure), voiding, the verification
 * page and its upload check, licence changes moving the decision's status, and who may do
 * what (issue 7, items 3, 4, 7).
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
@Import(DocumentFixtures.OnTheTestDay.class)
class DocumentsIntegrationTests {

	static final String ACCEPTANCE = "acceptance-notice";

	static final String ACCEPTANCE_SERIES = "新发改许受";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Documents documents;

	@Autowired
	DocumentFiles files;

	@Autowired
	ApplicationContext context;

	private static int applications = 100;

	// --- issuing ---

	@Test
	void issuesANumberedDocumentWhosePdfIsStoredWithItsSm3AndJournaledWithTheCase() throws Exception {
		CaseId c = acceptedCase();
		int before = last(ACCEPTANCE_SERIES);
		JsonNode issued = body(issue(c, "clerk", "CLERK", ACCEPTANCE, Map.of()).andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/documents/")))
			.andExpect(jsonPath("$.status").value("有效"))
			.andExpect(jsonPath("$.title").value("受理通知书"))
			.andExpect(jsonPath("$.issuer").value("新田县发展和改革局"))
			.andExpect(jsonPath("$.caseId").value(c.toString())));
		String number = issued.get("number").asString();
		assertThat(number).isEqualTo(ACCEPTANCE_SERIES + "〔2026〕" + (before + 1) + "号")
			.matches("^[\\u4e00-\\u9fa5A-Za-z0-9]+〔(19|20)\\d{2}〕[1-9]\\d*号$");

		byte[] pdf = this.mvc
			.perform(get("/api/v1/documents/" + issued.get("id").asString() + "/pdf")
				.with(user("reviewer").roles("REVIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string("Content-Disposition", containsString("inline")))
			.andExpect(header().string("Content-Disposition",
					containsString(UriComponentsBuilder.fromPath(number + "受理通知书.pdf").encode().toUriString())))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(Sm3Digests.hex(pdf)).isEqualTo(issued.get("sm3").asString());
		try (PDDocument loaded = Loader.loadPDF(pdf)) {
			assertThat(issued.get("pages").asInt()).isEqualTo(loaded.getNumberOfPages());
		}
		String text = text(pdf);
		assertThat(text).contains(number, "受理通知书", "新田县节能示范企业", "2026年6月1日");

		String entry = this.jdbc.sql(
				"select entry from journal_entry where case_id = ? and type = 'DocumentIssued' order by seq desc limit 1")
			.param(c.value())
			.query(String.class)
			.single();
		assertThat(entry).contains(number, issued.get("sm3").asString(), ACCEPTANCE);

		this.mvc.perform(get("/api/v1/cases/" + c + "/documents").with(user("supervisor").roles("SUPERVISOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].number", hasItem(number)));
	}

	@Test
	void missingFieldsAreListedByLabelAndTakeNoNumberSoTheNextIssueTakesTheNext() throws Exception {
		// received, not yet accepted: the 受理通知书 has no 受理日期
		CaseId c = LifecycleDriver.of(this.context).apply(applications++);
		int before = last(ACCEPTANCE_SERIES);
		issue(c, "clerk", "CLERK", ACCEPTANCE, Map.of()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.title").value("缺少必填项"))
			.andExpect(jsonPath("$.detail").value(containsString("受理日期")))
			.andExpect(jsonPath("$.detail").value(containsString("未占用文号")))
			.andExpect(jsonPath("$.missing[0]").value("受理日期"))
			.andExpect(jsonPath("$.errors[0].field").value("acceptedOn"));
		assertThat(last(ACCEPTANCE_SERIES)).isEqualTo(before);
		assertThat(this.documents.ofCase(c)).isEmpty();

		LifecycleDriver.of(this.context).step(c, 1);
		issue(c, "clerk", "CLERK", ACCEPTANCE, Map.of()).andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(ACCEPTANCE_SERIES + "〔2026〕" + (before + 1) + "号"));
	}

	@Test
	void theReviewOpinionIsNotIssuedByHandEvenByAReviewer() throws Exception {
		CaseId c = LifecycleDriver.of(this.context).apply(applications++);
		issue(c, "reviewer", "REVIEWER", Documents.REVIEW_OPINION, Map.of())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("作出审核结论时自动签发")));
		assertThat(this.documents.ofCase(c)).isEmpty();
	}

	@Test
	void typedValuesAreForInputFieldsOnlyAndMustBeReadable() throws Exception {
		CaseId c = acceptedCase();
		issue(c, "clerk", "CLERK", ACCEPTANCE, Map.of("applicantName", "别的公司")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("applicantName"))
			.andExpect(jsonPath("$.detail").value(containsString("取自案件，不能手工填写")));
		issue(c, "clerk", "CLERK", "no-such-template", Map.of()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("template"));
		this.mvc
			.perform(post("/api/v1/cases/" + c + "/documents").with(user("clerk").roles("CLERK"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"template\":\"" + ACCEPTANCE + "\",\"issuedOn\":\"2026-06-02\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("issuedOn"));

		DocumentTemplate typed = DocumentFixtures.typedNotice("新发改测控");
		assertThatThrownBy(
				() -> this.documents.issue(c, typed, Map.of("note", "第一行\u0007"), null, DocumentFixtures.CLERK))
			.isInstanceOf(InputRejected.class)
			.hasMessageContaining("控制字符");
		// line breaks are joined: a document's lines are the renderer's to lay out
		IssuedDocument issued = this.documents.issue(c, typed, Map.of("note", "第一行\r\n  第二行"), null,
				DocumentFixtures.CLERK);
		assertThat(text(this.documents.pdf(issued.id()))).contains("第一行第二行");
	}

	@Test
	void aRenderFailureTakesNoNumberAndKeepsNothing() throws Exception {
		CaseId c = acceptedCase();
		String series = "新发改测渲";
		DocumentTemplate template = DocumentFixtures.typedNotice(series);
		assertThatThrownBy(
				() -> this.documents.issue(c, template, Map.of("note", "请携带😀到窗口"), null, DocumentFixtures.CLERK))
			.isInstanceOf(InputRejected.class)
			.hasMessageContaining("U+1F600")
			.hasMessageContaining("未占用文号");
		assertThat(this.jdbc.sql("select count(*) from documents_series where series = ?")
			.param(series)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.documents.ofCase(c)).isEmpty();
		assertThat(journaled(c, "DocumentIssued")).isZero();

		IssuedDocument issued = this.documents.issue(c, template, Map.of("note", "请携带身份证到窗口"), null,
				DocumentFixtures.CLERK);
		assertThat(issued.number()).isEqualTo(series + "〔2026〕1号");
		assertThat(text(this.documents.pdf(issued.id()))).contains("请携带身份证到窗口", "本告知书文号：" + issued.number());
	}

	@Test
	void aFailureAfterThePdfWasStoredReturnsTheNumberAndRemovesTheFile() throws Exception {
		CaseId c = acceptedCase();
		String series = "新发改测存";
		DocumentTemplate typed = DocumentFixtures.typedNotice(series);
		// renders and stores, then the row cannot be inserted (template_code holds 60)
		DocumentTemplate tooLong = new DocumentTemplate("x".repeat(61), 1, typed.title(), series, false, typed.fields(),
				typed.addressee(), typed.body());
		long files = this.files.count();
		assertThatThrownBy(
				() -> this.documents.issue(c, tooLong, Map.of("note", "材料已收到"), null, DocumentFixtures.CLERK))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(this.files.count()).isEqualTo(files);
		assertThat(this.documents.ofCase(c)).isEmpty();
		assertThat(this.documents.issue(c, typed, Map.of("note", "材料已收到"), null, DocumentFixtures.CLERK).number())
			.isEqualTo(series + "〔2026〕1号");
		assertThat(this.files.count()).isEqualTo(files + 1);
	}

	@Test
	void aDocumentThatMustTellTheRemediesIsRefusedWithoutBothOfThem() throws Exception {
		CaseId c = acceptedCase();
		DocumentTemplate refusal = DocumentFixtures.refusal();
		assertThatThrownBy(() -> this.documents.issue(c, refusal, Map.of("remedies", "如不服本决定，可以申请行政复议。"), null,
				DocumentFixtures.CLERK))
			.isInstanceOf(InputRejected.class)
			.hasMessageContaining("第三十八条第二款")
			.satisfies(ex -> assertThat(((InputRejected) ex).kind()).isEqualTo(InputRejected.Kind.UNPROCESSABLE));
		assertThatThrownBy(() -> this.documents.issue(c, refusal, Map.of(), null, DocumentFixtures.CLERK))
			.isInstanceOf(MissingFields.class)
			.satisfies(ex -> assertThat(((MissingFields) ex).labels()).containsExactly("救济途径"));
		assertThat(this.documents.ofCase(c)).isEmpty();
		IssuedDocument issued = this.documents.issue(c, refusal,
				Map.of("remedies", "如不服本决定，可以自知道该决定之日起60日内申请行政复议，或者自知道该决定之日起6个月内提起行政诉讼。"), null,
				DocumentFixtures.CLERK);
		assertThat(issued.number()).isEqualTo("新发改测不〔2026〕1号");
	}

	@Test
	void aPreviewHasNoNumberAndStoresNothing() throws Exception {
		CaseId c = acceptedCase();
		int before = last(ACCEPTANCE_SERIES);
		byte[] pdf = this.mvc
			.perform(post("/api/v1/cases/" + c + "/documents/preview").with(user("clerk").roles("CLERK"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"template\":\"" + ACCEPTANCE + "\"}"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(text(pdf)).contains("受理通知书").doesNotContain("〔2026〕");
		assertThat(last(ACCEPTANCE_SERIES)).isEqualTo(before);
		assertThat(this.documents.ofCase(c)).isEmpty();
		assertThat(journaled(c, "DocumentIssued")).isZero();

		CaseId received = LifecycleDriver.of(this.context).apply(applications++);
		this.mvc
			.perform(post("/api/v1/cases/" + received + "/documents/preview").with(user("clerk").roles("CLERK"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"template\":\"" + ACCEPTANCE + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.missing[0]").value("受理日期"));
	}

	// --- voiding ---

	@Test
	void aVoidedNumberStaysInTheRegisterWithItsReasonAndIsNeverIssuedAgain() throws Exception {
		CaseId c = acceptedCase();
		JsonNode issued = body(issue(c, "clerk", "CLERK", ACCEPTANCE, Map.of()).andExpect(status().isCreated()));
		String id = issued.get("id").asString();
		String number = issued.get("number").asString();

		voidIt(id, "clerk", "CLERK", "{\"reason\":\"错发\"}").andExpect(status().isForbidden());
		voidIt(id, "director", "DIRECTOR", "{\"reason\":\"  \"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		voidIt(id, "director", "DIRECTOR", "{\"reason\":\"受理日期填写错误，重新制作\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("已作废"))
			.andExpect(jsonPath("$.statusReason").value("受理日期填写错误，重新制作"))
			.andExpect(jsonPath("$.number").value(number));
		voidIt(id, "director", "DIRECTOR", "{\"reason\":\"再次作废\"}").andExpect(status().isConflict());

		Map<String, Object> register = this.jdbc
			.sql("select void_reason, voided_by, voided_at from documents_number where number = ?")
			.param(number)
			.query()
			.singleRow();
		assertThat(register.get("void_reason")).isEqualTo("受理日期填写错误，重新制作");
		assertThat(register.get("voided_by")).isEqualTo("director");
		assertThat(register.get("voided_at")).isNotNull();
		assertThat(journaled(c, "DocumentVoided")).isEqualTo(1);

		// the next document takes the next number, never the voided one
		DocumentNumber voided = DocumentNumber.parse(number).orElseThrow();
		issue(c, "clerk", "CLERK", ACCEPTANCE, Map.of()).andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(ACCEPTANCE_SERIES + "〔2026〕" + (last(ACCEPTANCE_SERIES)) + "号"));
		assertThat(last(ACCEPTANCE_SERIES)).isGreaterThan(voided.sequence());

		// the register can neither lose nor rewrite a number
		assertThatThrownBy(() -> this.jdbc.sql("delete from documents_number where number = ?").param(number).update())
			.rootCause()
			.hasMessageContaining("文号登记不可删除");
		assertThatThrownBy(() -> this.jdbc.sql("update documents_number set void_reason = 'x' where number = ?")
			.param(number)
			.update()).rootCause().hasMessageContaining("文号登记不可修改");

		String page = this.mvc
			.perform(get("/console/admin/documents/numbers").param("agency", agencyCode())
				.param("series", ACCEPTANCE_SERIES)
				.param("year", "2026")
				.with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(number, "已作废", "受理日期填写错误，重新制作", "无缺号、无重号");

		this.mvc.perform(get(uri(number)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已作废")))
			.andExpect(content().string(containsString("受理日期填写错误，重新制作")));
	}

	// --- verification ---

	@Test
	void theVerificationPageShowsIssuerDateHashAndStatusAndChecksAnUploadedPdf() throws Exception {
		CaseId c = acceptedCase();
		JsonNode issued = body(issue(c, "clerk", "CLERK", ACCEPTANCE, Map.of()).andExpect(status().isCreated()));
		String number = issued.get("number").asString();
		String sm3 = issued.get("sm3").asString();
		byte[] pdf = this.documents.pdf(UUID.fromString(issued.get("id").asString()));

		String page = this.mvc.perform(get(uri(number)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("新田县发展和改革局", "受理通知书", number, "2026年6月1日", sm3, "有效", "新田县节能示范企业")
			.doesNotContain("0746-1234567", "新田县龙泉镇", "李四");

		this.mvc
			.perform(multipart(uri(number)).file(new MockMultipartFile("file", "收到的文书.pdf", "application/pdf", pdf))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("一致：该文件与登记的文书完全相同")));
		byte[] altered = pdf.clone();
		altered[altered.length / 2] ^= 1;
		this.mvc
			.perform(multipart(uri(number)).file(new MockMultipartFile("file", "改过的.pdf", "application/pdf", altered))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不一致")))
			.andExpect(content().string(containsString(Sm3Digests.hex(altered))));

		this.mvc
			.perform(multipart(uri(number))
				.file(new MockMultipartFile("file", "很大.pdf", "application/pdf", new byte[10 * 1024 * 1024 + 1]))
				.with(csrf()))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().string(containsString("不能超过 10 MB")));

		this.mvc.perform(get("/api/v1/public/documents/" + number))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.number").value(number))
			.andExpect(jsonPath("$.issuer").value("新田县发展和改革局"))
			.andExpect(jsonPath("$.sm3").value(sm3))
			.andExpect(jsonPath("$.status").value("有效"))
			.andExpect(jsonPath("$.party").value("新田县节能示范企业" + (applications - 1)))
			.andExpect(jsonPath("$.caseId").doesNotExist())
			.andExpect(jsonPath("$.issuedBy").doesNotExist());
	}

	@Test
	void anUnknownOrMalformedNumberIsAChinese404() throws Exception {
		for (String number : List.of("新发改许受〔2026〕99999号", "新发改许受[2026]1号", "abc", "新发改许受〔2026〕第1号")) {
			this.mvc.perform(get(uri(number)))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("未找到该文书")))
				.andExpect(content().string(not(containsString("Exception"))));
			this.mvc.perform(get("/api/v1/public/documents/{n}", number))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.detail").value("未找到该文书"));
		}
		this.mvc.perform(get("/verify/document").param("number", "新发改许受〔2026〕1号"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(verifyPath("新发改许受〔2026〕1号")));
	}

	// --- status follows the licence ---

	@Test
	void licenceChangesMoveTheDecisionDocumentToChangedThenRevoked() throws Exception {
		LifecycleDriver driver = LifecycleDriver.of(this.context);
		CaseId c = driver.apply(applications++);
		for (int step = 1; step <= 6; step++) {
			driver.step(c, step);
		}
		IssuedDocument grant = this.documents.issue(c, DocumentFixtures.licenceGrant(), Map.of(), null,
				DocumentFixtures.CLERK);
		IssuedDocument notice = this.documents.issue(c, ACCEPTANCE, Map.of(), null, DocumentFixtures.CLERK);
		assertThat(grant.number()).startsWith("新发改许〔2026〕");

		act(c, "alter-licence", Map.of("revision", 6, "reason", "项目单位名称变更，依申请变更许可证件记载事项")).andExpect(status().isOk());
		IssuedDocument changed = this.documents.document(grant.id());
		assertThat(changed.status()).isEqualTo("已变更");
		assertThat(changed.statusReason()).contains("许可已变更", "第四十九条", "项目单位名称变更");
		assertThat(this.documents.document(notice.id()).status()).isEqualTo("有效");
		assertThat(journaled(c, "DocumentStatusChanged")).isEqualTo(1);

		act(c, "cancel-licence", Map.of("revision", 7, "reason", "项目单位依法终止，注销许可")).andExpect(status().isOk());
		IssuedDocument revoked = this.documents.document(grant.id());
		assertThat(revoked.status()).isEqualTo("已撤销");
		assertThat(revoked.statusReason()).contains("许可已注销", "第七十条", "项目单位依法终止");
		assertThat(journaled(c, "DocumentStatusChanged")).isEqualTo(2);
		assertThat(this.documents.document(notice.id()).status()).isEqualTo("有效");

		this.mvc.perform(get(uri(grant.number())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("文书状态：已撤销")))
			.andExpect(content().string(containsString("许可已注销")));
	}

	// --- who may ---

	@Test
	void clerksAndTheCasesOfficersIssueDirectorsVoidReviewersAndSupervisorsRead() throws Exception {
		LifecycleDriver driver = LifecycleDriver.of(this.context);
		CaseId c = driver.apply(applications++);
		driver.step(c, 1);
		driver.step(c, 2);
		// officers O-003 (officer1) and O-004 (officer2) are the case's
		this.mvc.perform(get("/api/v1/cases/" + c + "/documents")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/cases/" + c + "/documents").with(user("admin").roles("ADMIN")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/cases/" + c + "/documents").with(user("reviewer").roles("REVIEWER")))
			.andExpect(status().isOk());
		issue(c, "supervisor", "SUPERVISOR", ACCEPTANCE, Map.of()).andExpect(status().isForbidden());
		issue(c, "director", "DIRECTOR", ACCEPTANCE, Map.of()).andExpect(status().isForbidden());
		// an officer in the catalog (O-002) who is not one of the case's
		issue(c, "reviewer", "OFFICER", ACCEPTANCE, Map.of()).andExpect(status().isForbidden());
		JsonNode issued = body(issue(c, "officer2", "OFFICER", ACCEPTANCE, Map.of()).andExpect(status().isCreated()));
		assertThatThrownBy(() -> this.documents.voidDocument(UUID.fromString(issued.get("id").asString()), "错发",
				DocumentFixtures.CLERK))
			.isInstanceOf(AccessDeniedException.class);
		this.mvc.perform(get("/api/v1/public/documents/" + issued.get("number").asString())).andExpect(status().isOk());
		this.mvc.perform(get("/console/admin/documents/numbers").with(user("clerk").roles("CLERK")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/console/admin/documents/numbers").with(user("supervisor").roles("SUPERVISOR")))
			.andExpect(status().isOk());
	}

	// --- console ---

	@Test
	void theCasePageHasADocumentsPanelWhoseFormIssuesOrShowsWhatIsMissing() throws Exception {
		CaseId received = LifecycleDriver.of(this.context).apply(applications++);
		String page = this.mvc
			.perform(get("/console/licensing/" + received).param("template", ACCEPTANCE)
				.with(user("clerk").roles("CLERK")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("执法文书", "本案尚未签发执法文书", "制作文书", "受理通知书", "取自案件", "案件尚无此项");

		int before = last(ACCEPTANCE_SERIES);
		String refused = this.mvc
			.perform(post("/console/documents/cases/" + received + "/issue").param("template", ACCEPTANCE)
				.with(user("clerk").roles("CLERK"))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("未签发，尚未保存任何内容，未占用文号", "缺少必填项：受理日期");
		assertThat(last(ACCEPTANCE_SERIES)).isEqualTo(before);

		LifecycleDriver.of(this.context).step(received, 1);
		this.mvc
			.perform(post("/console/documents/cases/" + received + "/issue").param("template", ACCEPTANCE)
				.with(user("clerk").roles("CLERK"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/console/licensing/" + received + "#documents"));
		String number = ACCEPTANCE_SERIES + "〔2026〕" + (before + 1) + "号";
		this.mvc.perform(get("/console/licensing/" + received).with(user("director").roles("DIRECTOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(number)))
			.andExpect(content().string(containsString("作废理由")))
			.andExpect(content().string(not(containsString("制作文书"))));

		this.mvc
			.perform(post("/console/documents/cases/" + received + "/preview").param("template", ACCEPTANCE)
				.with(user("clerk").roles("CLERK"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF));
	}

	// --- helpers ---

	private CaseId acceptedCase() {
		LifecycleDriver driver = LifecycleDriver.of(this.context);
		CaseId c = driver.apply(applications++);
		driver.step(c, 1);
		return c;
	}

	private ResultActions issue(CaseId c, String user, String role, String template, Map<String, String> inputs)
			throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("template", template);
		body.put("inputs", inputs);
		return this.mvc.perform(post("/api/v1/cases/" + c + "/documents").with(user(user).roles(role))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
	}

	private ResultActions voidIt(String id, String user, String role, String body) throws Exception {
		return this.mvc.perform(post("/api/v1/documents/" + id + "/void").with(user(user).roles(role))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private ResultActions act(CaseId c, String action, Map<String, Object> body) throws Exception {
		return this.mvc.perform(
				post("/api/v1/licensing/cases/" + c + "/actions/" + action).with(user("director").roles("DIRECTOR"))
					.with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content(this.json.writeValueAsString(body)));
	}

	private JsonNode body(ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	private int last(String series) {
		return this.jdbc
			.sql("select coalesce(max(last_sequence), 0) from documents_series where series = ? and year = 2026")
			.param(series)
			.query(Integer.class)
			.single();
	}

	private long journaled(CaseId c, String type) {
		return this.jdbc.sql("select count(*) from journal_entry where case_id = ? and type = ?")
			.params(c.value(), type)
			.query(Long.class)
			.single();
	}

	private String agencyCode() {
		return this.jdbc.sql("select agency_code from documents_series where series = ? and year = 2026")
			.param(ACCEPTANCE_SERIES)
			.query(String.class)
			.single();
	}

	private static URI uri(String number) {
		return URI.create(verifyPath(number));
	}

	private static String verifyPath(String number) {
		return UriComponentsBuilder.fromPath("/verify/document").pathSegment(number).encode().toUriString();
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument loaded = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(loaded).replaceAll("\\s", "");
		}
	}

}
