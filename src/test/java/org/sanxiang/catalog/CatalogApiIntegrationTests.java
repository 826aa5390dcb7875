package org.sanxiang.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The catalog REST API: public reads, 管理员 writes, and bad input answered with RFC 9457
 * bodies naming the field — with nothing half-saved.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
class CatalogApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	// --- reading ---

	@Test
	void anyoneReadsItemsFilteredByCategoryAndName() throws Exception {
		this.mvc.perform(get("/api/v1/catalog/items"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", hasItem("XK-001")));
		this.mvc.perform(get("/api/v1/catalog/items").param("category", "PENALTY"))
			.andExpect(jsonPath("$[*].category", not(hasItem("LICENSING"))))
			.andExpect(jsonPath("$[*].code", hasItem("CF-001")));
		this.mvc.perform(get("/api/v1/catalog/items").param("q", "节能"))
			.andExpect(jsonPath("$[0].code").value("XK-002"));
		this.mvc.perform(get("/api/v1/catalog/items").param("category", "NOPE"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("category"));
	}

	@Test
	void anItemCanBeReadAsOfADate() throws Exception {
		this.mvc.perform(get("/api/v1/catalog/items/XK-001").param("asOf", "2026-03-01"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.content.promisedLimit.amount").value(10));
		this.mvc.perform(get("/api/v1/catalog/items/XK-001").param("asOf", "2026-06-01"))
			.andExpect(jsonPath("$.content.promisedLimit.amount").value(7));
		this.mvc.perform(get("/api/v1/catalog/items/XK-001").param("asOf", "2025-12-31"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/catalog/items/XK-001").param("asOf", "2026-02-30"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("asOf"));
		this.mvc.perform(get("/api/v1/catalog/items/XK-001/versions"))
			.andExpect(jsonPath("$[0].version").value(2))
			.andExpect(jsonPath("$[0].reason").value(org.hamcrest.Matchers.containsString("优化营商环境")))
			.andExpect(jsonPath("$[1].version").value(1));
	}

	@Test
	void theOtherPublicListsAreServed() throws Exception {
		this.mvc.perform(get("/api/v1/catalog/agencies")).andExpect(jsonPath("$[0].documentPrefix").value("新发改"));
		this.mvc.perform(get("/api/v1/catalog/units")).andExpect(jsonPath("$[*].code", hasItem("FGG")));
		this.mvc.perform(get("/api/v1/catalog/officers"))
			.andExpect(jsonPath("$[*].certificate.number", hasItem("43112823003")));
		this.mvc.perform(get("/api/v1/catalog/random-inspection-list"))
			.andExpect(jsonPath("$[*].code", hasItem("JC-001")));
		this.mvc.perform(get("/api/v1/catalog/supervision-methods"))
			.andExpect(jsonPath("$[*].channel", hasItem("12345")));
		this.mvc.perform(get("/api/v1/catalog/changes").param("limit", "3")).andExpect(jsonPath("$.length()").value(3));
		this.mvc.perform(get("/api/v1/catalog/units/FGG/versions"))
			.andExpect(jsonPath("$[0].content.name").value("法规股"));
	}

	@Test
	void aCertificateIsVerifiedByNumber() throws Exception {
		this.mvc.perform(get("/api/v1/catalog/officers/by-certificate/43112823003"))
			.andExpect(jsonPath("$.validToday").value(true))
			.andExpect(jsonPath("$.officer.account").value("officer1"));
		this.mvc.perform(get("/api/v1/catalog/officers/by-certificate/43112823005"))
			.andExpect(jsonPath("$.validToday").value(false))
			.andExpect(jsonPath("$.status").value("暂扣"));
		this.mvc.perform(get("/api/v1/catalog/officers/by-certificate/43112819006"))
			.andExpect(jsonPath("$.status").value("已过期"));
		this.mvc.perform(get("/api/v1/catalog/officers/by-certificate/99999999999")).andExpect(status().isNotFound());
	}

	@Test
	void sampleTextsAreDownloadable() throws Exception {
		String id = this.jdbc.sql("select id from catalog_sample where file_name = '项目申请报告示范文本.txt'")
			.query(String.class)
			.single();
		this.mvc.perform(get("/api/v1/catalog/samples/" + id))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("项目申请报告")));
	}

	@Test
	void theApiIsDocumentedUnderItsTag() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("主体信息")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/api/v1/catalog/items/{code}")));
	}

	// --- security ---

	@Test
	void anonymousCannotWrite() throws Exception {
		long before = versionRows();
		this.mvc
			.perform(withJson(put("/api/v1/catalog/items/T-API-SEC"), itemBody(CatalogFixtures.item("T-API-SEC", 10))))
			.andExpect(status().isUnauthorized());
		assertThat(versionRows()).isEqualTo(before);
	}

	@Test
	@WithMockUser(username = "officer1", roles = "OFFICER")
	void nonAdminCannotWrite() throws Exception {
		this.mvc.perform(withJson(post("/api/v1/catalog/items"), itemBody(CatalogFixtures.item("T-API-SEC", 10))))
			.andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void adminCreatesAnItemAndRecordsANewVersion() throws Exception {
		this.mvc.perform(withJson(post("/api/v1/catalog/items"), itemBody(CatalogFixtures.item("T-API-NEW", 10))))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/catalog/items/T-API-NEW"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.changedBy").value("admin"));
		this.mvc
			.perform(withJson(put("/api/v1/catalog/items/T-API-NEW"), itemBody(CatalogFixtures.item("T-API-NEW", 6))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2));
		this.mvc.perform(withJson(post("/api/v1/catalog/items"), itemBody(CatalogFixtures.item("T-API-NEW", 6))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
		this.mvc
			.perform(withJson(put("/api/v1/catalog/items/T-API-OTHER"), itemBody(CatalogFixtures.item("T-API-NEW", 6))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void htmlIsStoredAsTextAsIs() throws Exception {
		Item item = CatalogFixtures.item("T-API-HTML", 10);
		Item html = new Item(item.code(), item.agencyCode(), "<script>alert('x')</script>事项", item.category(),
				item.subcategory(), item.legalBases(), item.unitCode(), "<b>条件</b>", item.procedureSteps(),
				item.statutoryLimit(), item.promisedLimit(), item.fee(), item.materials(), false, false, false, null,
				null);
		this.mvc.perform(withJson(post("/api/v1/catalog/items"), itemBody(html))).andExpect(status().isCreated());
		this.mvc.perform(get("/api/v1/catalog/items/T-API-HTML"))
			.andExpect(jsonPath("$.content.name").value("<script>alert('x')</script>事项"));
	}

	// --- bad input ---

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void unknownEnumConstantsAndMalformedJsonAre400NamingTheField() throws Exception {
		long before = versionRows();
		String body = this.json.writeValueAsString(itemBody(CatalogFixtures.item("T-API-BAD", 10)))
			.replace("\"LICENSING\"", "\"LICENCE\"");
		rejected(withJson(post("/api/v1/catalog/items"), body), 400, "category");
		String badUnit = this.json.writeValueAsString(itemBody(CatalogFixtures.item("T-API-BAD", 10)))
			.replaceFirst("\"WORKING_DAYS\"", "\"DAYS\"");
		rejected(withJson(post("/api/v1/catalog/items"), badUnit), 400, "statutoryLimit.unit");
		rejected(withJson(post("/api/v1/catalog/items"), "{\"content\": {\"code\": "), 400, "body");
		String badDate = this.json.writeValueAsString(itemBody(CatalogFixtures.item("T-API-BAD", 10)))
			.replace(LocalDate.now(this.clock).toString(), "2026-13-01");
		rejected(withJson(post("/api/v1/catalog/items"), badDate), 400, "effectiveFrom");
		assertThat(versionRows()).isEqualTo(before);
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void missingOverLongAndControlCharacterFieldsAre400() throws Exception {
		long before = versionRows();
		Item item = CatalogFixtures.item("T-API-LONG", 10);
		Item longName = new Item(item.code(), item.agencyCode(), "长".repeat(101), item.category(), item.subcategory(),
				List.of(new LegalBasis("", "第一条", "条文\u0007")), item.unitCode(), item.conditions(),
				item.procedureSteps(), item.statutoryLimit(), item.promisedLimit(), item.fee(), item.materials(), false,
				false, false, null, null);
		Map<String, Object> body = itemBody(longName);
		body.remove("reason");
		this.mvc.perform(withJson(post("/api/v1/catalog/items"), body))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("reason")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("legalBases[0].law")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("legalBases[0].text")));
		assertThat(versionRows()).isEqualTo(before);
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void ruleViolationsAre422NamingTheField() throws Exception {
		long before = versionRows();
		rejected(withJson(post("/api/v1/catalog/items"), itemBody(CatalogFixtures.item("T-API-422", 25))), 422,
				"promisedLimit.amount");
		Officer officer = CatalogFixtures.officer("T-API-DATES", "43112826901");
		Officer backwards = new Officer(officer.id(), officer.agencyCode(), officer.name(), officer.unitCode(),
				officer.post(), new Certificate("43112826901", "湖南省人民政府", LocalDate.of(2026, 5, 1),
						LocalDate.of(2026, 4, 30), CertificateStatus.VALID),
				officer.areas(), null, true);
		rejected(withJson(post("/api/v1/catalog/officers"), body(backwards)), 422, "certificate.validTo");
		Agency agency = new Agency("91350100M0001TGQXM", "校验位不符的单位", "示例", null, null, null, null, null, null, null);
		rejected(withJson(post("/api/v1/catalog/agencies"), body(agency)), 422, "creditCode");
		Agency malformed = new Agency("9135010OM0001TGQX", "格式错误的单位", "示例", null, null, null, null, null, null, null);
		rejected(withJson(post("/api/v1/catalog/agencies"), body(malformed)), 400, "creditCode");
		assertThat(versionRows()).isEqualTo(before);
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void aDuplicateCertificateNumberIs409() throws Exception {
		long before = versionRows();
		rejected(withJson(post("/api/v1/catalog/officers"), body(CatalogFixtures.officer("T-API-DUP", "43112823002"))),
				409, "certificate.number");
		assertThat(versionRows()).isEqualTo(before);
		assertThat(
				this.jdbc.sql("select count(*) from catalog_entry where key = 'T-API-DUP'").query(Long.class).single())
			.isZero();
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void sampleUploadsAreCheckedForTypeAndSize() throws Exception {
		MockMultipartFile text = new MockMultipartFile("file", "申请书.txt", "text/plain", "申请书（测试上传）".getBytes("UTF-8"));
		this.mvc.perform(multipart("/api/v1/catalog/samples").file(text).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isString());
		MockMultipartFile exe = new MockMultipartFile("file", "tool.exe", "application/octet-stream",
				new byte[] { 'M', 'Z' });
		this.mvc.perform(multipart("/api/v1/catalog/samples").file(exe).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
	}

	private void rejected(MockHttpServletRequestBuilder request, int status, String field) throws Exception {
		ResultActions result = this.mvc.perform(request);
		result.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
		assertThat(result.andReturn().getResponse().getContentAsString()).doesNotContain("Exception", "at org.");
	}

	private Map<String, Object> itemBody(Item item) {
		return body(item);
	}

	private Map<String, Object> body(Object content) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("content", content);
		body.put("effectiveFrom", LocalDate.now(this.clock).toString());
		body.put("reason", "接口测试");
		return body;
	}

	private MockHttpServletRequestBuilder withJson(MockHttpServletRequestBuilder request, Object body) {
		String text = body instanceof String s ? s : this.json.writeValueAsString(body);
		return request.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.content(text)
			.with(csrf());
	}

	private long versionRows() {
		return this.jdbc.sql("select count(*) from catalog_version").query(Long.class).single();
	}

}
