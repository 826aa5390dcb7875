package org.sanxiang.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The templates as an administrator keeps them: seeded once as version 1, every save a
 * new version journaled with who and why, an invalid template refused on save (422 naming
 * every problem, nothing saved), older versions still readable, previews as PDF, and the
 * console pages for 管理员 only.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
@RecordApplicationEvents
@Import(DocumentsFixedDay.class)
class DocumentTemplatesIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.shared();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	JdbcDocumentTemplates templates;

	@Autowired
	StandardTemplates standard;

	private static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

	private static RequestPostProcessor officer() {
		return user("officer1").roles("OFFICER");
	}

	@Test
	void theStandardSetIsSeededOnceAsVersionOneAndNeverOverwritten() throws Exception {
		assertThat(this.templates.currentVersions()).hasSize(23);
		assertThat(this.templates.history("receipt-voucher")).first()
			.satisfies(v -> assertThat(v.createdBy()).isEqualTo("system"));
		int before = versions();
		this.standard.run(new DefaultApplicationArguments());
		assertThat(versions()).isEqualTo(before);
		assertThat(this.jdbc
			.sql("select count(*) from journal_entry where type = 'DocumentTemplateChanged' and actor = 'system'")
			.query(Long.class)
			.single()).isEqualTo(23);
	}

	@Test
	void savingAReferenceToAnUndeclaredFieldIs422NamingItAndNothingIsSaved() throws Exception {
		int before = versions();
		ObjectNode request = request("acceptance-notice", "补充说明");
		((ArrayNode) request.get("body")).addObject().put("paragraph", "请携带${idCard}到窗口领取。");
		((ArrayNode) request.get("fields")).addObject()
			.put("name", "idCard")
			.put("label", "身份证号")
			.put("mandatory", true)
			.put("source", "case:applicant.idNumber");
		request.put("series", "新发改许受〔2026〕");
		this.mvc
			.perform(post("/api/v1/document-templates/acceptance-notice/versions").with(admin())
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(request)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].message",
					hasItem("字段“idCard”的来源 case:applicant.idNumber 不是办件提供的数据项，请从可用数据项中选择")))
			.andExpect(jsonPath("$.errors[*].message", hasItem(containsString("文号代字“新发改许受〔2026〕”"))))
			.andExpect(jsonPath("$.errors.length()").value(2));
		ObjectNode unknown = request("acceptance-notice", "补充说明");
		((ArrayNode) unknown.get("body")).addObject().put("paragraph", "联系人：${handlerPhone}");
		this.mvc
			.perform(post("/api/v1/document-templates/acceptance-notice/versions").with(admin())
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(unknown)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("正文引用了未声明的字段 ${handlerPhone}，请先在字段中声明，或改正拼写"));
		assertThat(versions()).isEqualTo(before);
		assertThat(this.events.stream(DocumentTemplateChanged.class)).isEmpty();
	}

	@Test
	void aNewVersionBecomesCurrentJournaledAndTheOldOneStaysReadable() throws Exception {
		JsonNode old = json(this.mvc.perform(get("/api/v1/document-templates/correction-notice").with(officer()))
			.andExpect(status().isOk())
			.andReturn());
		int oldVersion = old.at("/current/version").asInt();
		String oldText = old.at("/current/body/0/paragraph").asString();
		ObjectNode request = request("correction-notice", "按新版格式范本调整首段");
		((ObjectNode) request.get("body").get(0)).put("paragraph",
				"你（单位）于${receivedOn}提出的${itemName}申请（办件编号：${caseNumber}），申请材料不齐全。现一次告知需要补正的全部内容如下：");
		MvcResult saved = this.mvc
			.perform(post("/api/v1/document-templates/correction-notice/versions").with(admin())
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(request)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location",
					"/api/v1/document-templates/correction-notice/versions/" + (oldVersion + 1)))
			.andExpect(jsonPath("$.version").value(oldVersion + 1))
			.andExpect(jsonPath("$.createdBy").value("admin"))
			.andExpect(jsonPath("$.note").value("按新版格式范本调整首段"))
			.andReturn();
		assertThat(json(saved).at("/body/0/paragraph").asString()).startsWith("你（单位）于${receivedOn}提出的");
		this.mvc.perform(get("/api/v1/document-templates/correction-notice/versions/" + oldVersion).with(officer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.body[0].paragraph").value(oldText))
			.andExpect(jsonPath("$.current").value(false));
		this.mvc.perform(get("/api/v1/document-templates/correction-notice").with(officer()))
			.andExpect(jsonPath("$.current.version").value(oldVersion + 1))
			.andExpect(jsonPath("$.versions[0].version").value(oldVersion + 1))
			.andExpect(jsonPath("$.versions[1].version").value(oldVersion));
		assertThat(this.templates.version("correction-notice", oldVersion)).get()
			.extracting(t -> ((PrintedDocument.Paragraph) t.body().get(0)).text())
			.isEqualTo(oldText);
		assertThat(this.events.stream(DocumentTemplateChanged.class)).singleElement().satisfies(e -> {
			assertThat(e.code()).isEqualTo("correction-notice");
			assertThat(e.version()).isEqualTo(oldVersion + 1);
			assertThat(e.actor()).isEqualTo("admin");
			assertThat(e.sm3()).hasSize(64);
		});
		assertThat(this.jdbc.sql("""
				select count(*) from journal_entry where type = 'DocumentTemplateChanged' and actor = 'admin'
				  and entry like '%correction-notice%'""").query(Long.class).single()).isPositive();
		// a saved version is never edited in place
		assertThatThrownBy(() -> this.jdbc
			.sql("update documents_template_version set title = '改' where code = 'correction-notice' and version = 1")
			.update()).rootCause().hasMessageContaining("不可修改");
		// the standard set's next start leaves the administrator's version current
		this.standard.run(new DefaultApplicationArguments());
		assertThat(this.templates.current("correction-notice")).get()
			.extracting(DocumentTemplate::version)
			.isEqualTo(oldVersion + 1);
	}

	@Test
	void onlyAdministratorsSaveVersionsAndStaffRead() throws Exception {
		this.mvc
			.perform(post("/api/v1/document-templates/licence-grant/versions").with(officer())
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(request("licence-grant", "x"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/document-templates")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/document-templates").with(officer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(23))
			.andExpect(jsonPath("$[0].code").value("receipt-voucher"))
			.andExpect(jsonPath("$[13].title").value("不予行政许可决定书"))
			.andExpect(jsonPath("$[13].remediesRequired").value(true));
		this.mvc.perform(get("/api/v1/document-templates/case-keys").with(officer()))
			.andExpect(jsonPath("$[*].key", hasItem("applicant.creditCode")));
		this.mvc.perform(get("/api/v1/document-templates/no-such").with(officer()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("没有编码为 no-such 的文书模板"));
	}

	@Test
	void theApiIsDocumented() throws Exception {
		String doc = this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(doc).contains("执法文书模板", "/api/v1/document-templates/{code}/versions",
				"/api/v1/document-templates/{code}/versions/{version}/preview", "/api/v1/document-templates/case-keys");
	}

	@Test
	void aPreviewIsAPdfWithSampleValuesAndNoNumber() throws Exception {
		byte[] pdf = this.mvc
			.perform(get("/api/v1/document-templates/licence-denial/versions/1/preview").with(officer()))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = text(pdf);
		assertThat(text).contains("不予行政许可决定书", "新田县示例能源有限公司", "申请行政复议", "（此处为不予许可的理由，取自办件的决定）")
			.doesNotContain("〔2026〕1号");
		ObjectNode draft = request("licence-denial", "");
		draft.put("title", "不予行政许可决定书（试行）");
		byte[] drafted = this.mvc
			.perform(post("/api/v1/document-templates/licence-denial/preview").with(admin())
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(draft)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(text(drafted)).contains("不予行政许可决定书（试行）");
		assertThat(this.templates.current("licence-denial")).get()
			.extracting(DocumentTemplate::title)
			.isEqualTo("不予行政许可决定书");
	}

	@Test
	void theAdministratorsPagesListTheTemplatesAndTheirVersions() throws Exception {
		this.mvc.perform(get("/console/admin/documents/templates").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("执法文书模板")))
			.andExpect(content().string(containsString("申请材料接收凭证")))
			.andExpect(content().string(containsString("行政许可决定公开书")))
			.andExpect(content().string(containsString("新发改许不受")));
		this.mvc.perform(get("/console/admin/documents/templates/non-acceptance-decision").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不予受理决定书")))
			.andExpect(content().string(containsString("case:nonAcceptance.reason")))
			.andExpect(content().string(containsString("历次版本")))
			.andExpect(content().string(containsString("第三十八条第二款")))
			.andExpect(content().string(containsString("保存为新版本")));
		this.mvc.perform(get("/console/admin/documents/templates").with(officer())).andExpect(status().isForbidden());
	}

	@Test
	void theConsoleFormShowsEveryProblemBesideItAndSavesNothingUntilAllAreRight() throws Exception {
		int before = versions();
		TemplateVersion current = this.templates.currentVersion("hearing-notice").orElseThrow();
		DocumentTemplateConsoleController.TemplateForm form = DocumentTemplateConsoleController.TemplateForm
			.of(current);
		this.mvc
			.perform(post("/console/admin/documents/templates/hearing-notice").with(admin())
				.with(csrf())
				.param("title", form.title())
				.param("series", form.series())
				.param("basis", form.basis())
				.param("fields", form.fields())
				.param("layout", form.layout().replace("${host}", "${hostName}"))
				.param("note", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("未保存")))
			.andExpect(content().string(containsString("正文引用了未声明的字段 ${hostName}")))
			.andExpect(content().string(containsString("请填写变更说明")));
		this.mvc
			.perform(post("/console/admin/documents/templates/hearing-notice").with(admin())
				.with(csrf())
				.param("title", form.title())
				.param("series", form.series())
				.param("basis", form.basis())
				.param("fields", "[{\"name\": \"party\",")
				.param("layout", form.layout())
				.param("note", "x"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("字段不是有效的 JSON")));
		assertThat(versions()).isEqualTo(before);
		this.mvc
			.perform(post("/console/admin/documents/templates/hearing-notice/preview").with(admin())
				.with(csrf())
				.param("title", form.title())
				.param("series", form.series())
				.param("fields", form.fields())
				.param("layout", form.layout()))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF));
		this.mvc
			.perform(post("/console/admin/documents/templates/hearing-notice").with(admin())
				.with(csrf())
				.param("title", form.title())
				.param("series", form.series())
				.param("basis", form.basis())
				.param("fields", form.fields())
				.param("layout", form.layout().replace("四、听证公开举行。", "四、听证公开举行，欢迎旁听。"))
				.param("note", "增加旁听说明"))
			.andExpect(redirectedUrl("/console/admin/documents/templates/hearing-notice"));
		assertThat(versions()).isEqualTo(before + 1);
		assertThat(this.templates.current("hearing-notice").orElseThrow().body())
			.contains(new PrintedDocument.Paragraph("四、听证公开举行，欢迎旁听。无正当理由不出席听证的，视为放弃听证权利。"));
	}

	/** The current version of a template as a request body for its next version. */
	private ObjectNode request(String code, String note) {
		TemplateVersion v = this.templates.currentVersion(code).orElseThrow();
		DocumentTemplate t = v.template();
		ObjectNode request = JSON.createObjectNode();
		request.put("title", t.title());
		request.put("series", t.series());
		request.put("remediesRequired", t.remediesRequired());
		request.put("basis", v.basis());
		request.set("fields", TemplateJson.fieldsNode(t.fields()));
		if (t.addressee() != null) {
			request.put("addressee", t.addressee());
		}
		request.set("body", TemplateJson.bodyNode(t.body()));
		request.put("note", note);
		return request;
	}

	private int versions() {
		return this.jdbc.sql("select count(*) from documents_template_version").query(Integer.class).single();
	}

	private static JsonNode json(MvcResult result) throws Exception {
		return JSON.readTree(result.getResponse().getContentAsString());
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument loaded = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(loaded).replaceAll("\\s", "");
		}
	}

}
