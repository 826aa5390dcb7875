package org.sanxiang.catalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 重大执法决定法制审核目录 (SH-2) and the 行政裁量基准 as catalog data: the Xintian demo, public reads,
 * 管理员 writes as versions that are journaled, and the rules a condition or a benchmark
 * must meet. Test entries use their own codes and end disabled, so the demo catalogue
 * other tests rely on stays as it is.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
class ReviewCatalogueIntegrationTests {

	@Autowired
	Catalog catalog;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void theDemoBureauListsEveryKindOfConditionEnabledAndComplexCasesGoToCollectiveDiscussion() {
		assertThat(this.catalog.majorConditionsAsOf(LocalDate.of(2026, 1, 1)))
			.filteredOn(c -> c.agencyCode().equals(CatalogDemoData.AGENCY))
			.extracting(MajorCondition::kind)
			.containsExactly(MajorConditionKind.values());
		assertThat(this.catalog.majorConditions())
			.filteredOn(c -> c.agencyCode().equals(CatalogDemoData.AGENCY) && c.code().equals(c.kind().name()))
			.allSatisfy(c -> {
				assertThat(c.enabled()).isTrue();
				assertThat(c.basis()).contains("国办发〔2018〕118号").contains("益阳市");
				assertThat(c.collectiveDiscussion()).isEqualTo(c.kind() == MajorConditionKind.COMPLEX_NOVEL);
			});
		assertThat(this.catalog.majorItems()).extracting(Item::code).contains("XK-001", "XK-004");
	}

	@Test
	void theDemoLicensingItemsHaveDiscretionBenchmarksWithRanges() {
		assertThat(this.catalog.benchmarks("XK-001")).extracting(DiscretionBenchmark::code)
			.containsExactly("B-XK-001-1", "B-XK-001-2");
		DiscretionBenchmark postponement = this.catalog.benchmarks("XK-001").get(0);
		assertThat(postponement.unit()).isEqualTo("个月");
		assertThat(postponement.within(BigDecimal.valueOf(12))).isTrue();
		assertThat(postponement.within(BigDecimal.valueOf(13))).isFalse();
		assertThat(this.catalog.benchmarks("XK-002")).hasSize(1);
	}

	@Test
	void anyoneReadsThePublishedCatalogueAndTheBenchmarks() throws Exception {
		this.mvc.perform(get("/api/v1/catalog/review-catalogue"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].code", hasItem("XK-001")))
			.andExpect(jsonPath("$.items[*].code", not(hasItem("XK-002"))))
			.andExpect(jsonPath("$.conditions[*].kind", hasItem("WITHDRAWAL_REVOCATION")))
			.andExpect(jsonPath("$.conditions[*].kindLabel", hasItem("案件情况疑难复杂、涉及多个法律关系")))
			.andExpect(jsonPath("$.conditions[*].enabled", not(hasItem(false))));
		this.mvc.perform(get("/api/v1/catalog/major-conditions/AFTER_HEARING"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.kind").value("AFTER_HEARING"))
			.andExpect(jsonPath("$.version").value(1));
		this.mvc.perform(get("/api/v1/catalog/items/XK-001/benchmarks"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].maximum").value(12));
		this.mvc.perform(get("/api/v1/catalog/benchmarks").param("itemCode", "XK-002"))
			.andExpect(jsonPath("$[*].code", hasItem("B-XK-002-1")));
		this.mvc.perform(get("/api/v1/catalog/items/NO-SUCH/benchmarks"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anonymousVisitorsCannotChangeTheCatalogue() throws Exception {
		this.mvc.perform(withJson(post("/api/v1/catalog/major-conditions"), body(other("T-OTHER-ANON", true))))
			.andExpect(status().isUnauthorized());
	}

	@Test
	@WithMockUser(username = "officer1", roles = "OFFICER")
	void staffWithoutTheAdminRoleCannotChangeTheCatalogue() throws Exception {
		this.mvc
			.perform(withJson(post("/api/v1/catalog/benchmarks"),
					body(new DiscretionBenchmark("T-B-OFF", CatalogDemoData.AGENCY, "XK-001", "情形", "标准", null, null,
							null, "依据", 1))))
			.andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void anAdminAddsAnotherConditionAndDisablesItAsVersionsThatAreJournaled() throws Exception {
		this.mvc.perform(withJson(post("/api/v1/catalog/major-conditions"), body(other("T-OTHER-API", true))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(withJson(put("/api/v1/catalog/major-conditions/T-OTHER-API"), body(other("T-OTHER-API", false))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.content.enabled").value(false));
		this.mvc.perform(get("/api/v1/catalog/major-conditions/T-OTHER-API/versions"))
			.andExpect(jsonPath("$", hasSize(2)));
		this.mvc.perform(get("/api/v1/catalog/review-catalogue"))
			.andExpect(jsonPath("$.conditions[*].code", not(hasItem("T-OTHER-API"))));
		assertThat(this.jdbc.sql("""
				select count(*) from journal_entry
				where type = 'CatalogEntryChanged' and entry like '%"key":"T-OTHER-API"%' and actor = 'admin'""")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void aSecondEntryOfAKindThatIsNotOtherIs422AndNothingIsSaved() throws Exception {
		long before = versionRows();
		MajorCondition twice = new MajorCondition("T-PUBLIC-TWICE", CatalogDemoData.AGENCY,
				MajorConditionKind.PUBLIC_INTEREST, "又一条公共利益情形", "测试依据", false, true, 9);
		this.mvc.perform(withJson(post("/api/v1/catalog/major-conditions"), body(twice)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("kind"))
			.andExpect(jsonPath("$.errors[0].message", containsString("PUBLIC_INTEREST")));
		MajorCondition noKind = new MajorCondition("T-NO-KIND", CatalogDemoData.AGENCY, null, "无类别", " ", false, true,
				9);
		this.mvc.perform(withJson(post("/api/v1/catalog/major-conditions"), body(noKind)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("kind")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("basis")));
		assertThat(versionRows()).isEqualTo(before);
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void aBenchmarkNamesAnExistingItemAndARangeThatDoesNotRunBackwards() throws Exception {
		long before = versionRows();
		DiscretionBenchmark unknownItem = new DiscretionBenchmark("T-B-1", CatalogDemoData.AGENCY, "NO-SUCH", "情形",
				"标准", null, null, null, "依据", 1);
		this.mvc.perform(withJson(post("/api/v1/catalog/benchmarks"), body(unknownItem)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("itemCode"));
		DiscretionBenchmark backwards = new DiscretionBenchmark("T-B-2", CatalogDemoData.AGENCY, "XK-001", "情形", "标准",
				BigDecimal.TEN, BigDecimal.ONE, "个月", "依据", 1);
		this.mvc.perform(withJson(post("/api/v1/catalog/benchmarks"), body(backwards)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("maximum"));
		DiscretionBenchmark noUnit = new DiscretionBenchmark("T-B-3", CatalogDemoData.AGENCY, "XK-001", "情形", "标准",
				BigDecimal.ONE, BigDecimal.TEN, null, "依据", 1);
		this.mvc.perform(withJson(post("/api/v1/catalog/benchmarks"), body(noUnit)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unit"));
		assertThat(versionRows()).isEqualTo(before);
	}

	private static MajorCondition other(String code, boolean enabled) {
		return new MajorCondition(code, CatalogDemoData.AGENCY, MajorConditionKind.OTHER, "测试的其他情形 " + code, "本局制度（测试）",
				false, enabled, 99);
	}

	private Map<String, Object> body(Object content) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("content", content);
		body.put("effectiveFrom", LocalDate.now(this.clock).toString());
		body.put("reason", "接口测试");
		return body;
	}

	private MockHttpServletRequestBuilder withJson(MockHttpServletRequestBuilder request, Object body) {
		return request.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body))
			.with(csrf());
	}

	private long versionRows() {
		return this.jdbc.sql("select count(*) from catalog_version").query(Long.class).single();
	}

}
