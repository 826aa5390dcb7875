package org.sanxiang.catalog.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.Change;
import org.sanxiang.catalog.EntryKind;
import org.sanxiang.catalog.Item;
import org.sanxiang.catalog.LegalBasis;
import org.sanxiang.catalog.Material;
import org.sanxiang.catalog.Officer;
import org.sanxiang.catalog.SupervisionMethod;
import org.sanxiang.catalog.Unit;
import org.sanxiang.catalog.Versioned;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The console catalog pages on PostgreSQL with the Xintian demo data, through the real
 * security chain.
 */
@SanxiangIntegrationTest
// These tests change the demo catalog; later test classes get a fresh application and
// database.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@AutoConfigureMockMvc
@WithMockUser(username = "admin", roles = "ADMIN")
class ConsoleCatalogIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalog catalog;

	@Autowired
	Clock clock;

	@Test
	void editingAnItemRecordsANewVersionWhoseReasonShowsInHistoryWhileTheOldOneStaysReadableByDate() throws Exception {
		Item before = investmentApproval();
		LocalDate today = LocalDate.now(this.clock);
		int versions = this.catalog.history(EntryKind.ITEM, before.code()).size();
		int newLimit = before.promisedLimit().amount() == 7 ? 6 : 7;
		String reason = "《企业投资项目核准和备案管理条例》修订，承诺时限压缩";

		this.mvc.perform(get("/console/catalog/item/{code}/edit", before.code()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(before.name())));
		this.mvc
			.perform(itemForm(before).param("promisedLimit.amount", String.valueOf(newLimit))
				.param("effectiveFrom", today.toString())
				.param("reason", reason))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/console/catalog/item/" + before.code() + "/history"))
			.andExpect(flash().attribute("saved", "已保存为第 " + (versions + 1) + " 版，自 " + today + " 起生效"));

		assertThat(this.catalog.history(EntryKind.ITEM, before.code())).hasSize(versions + 1);
		assertThat(this.catalog.item(before.code()).orElseThrow().promisedLimit().amount()).isEqualTo(newLimit);
		Versioned<Item> yesterday = this.catalog.asOf(EntryKind.ITEM, before.code(), today.minusDays(1)).orElseThrow();
		assertThat(yesterday.content().promisedLimit()).isEqualTo(before.promisedLimit());
		assertThat(yesterday.content().legalBases()).isEqualTo(before.legalBases());
		assertThat(yesterday.content().materials()).isEqualTo(before.materials());

		this.mvc.perform(get("/console/catalog/item/{code}/history", before.code()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(reason), containsString("第 " + (versions + 1) + " 版"),
					containsString(newLimit + " 个工作日"), containsString(before.promisedLimit().amount() + " 个工作日"),
					containsString("admin"))));
	}

	@Test
	void aBadCreditCodeIsShownInChineseAndNoAgencyIsCreated() throws Exception {
		int agencies = this.catalog.agencies().size();
		this.mvc
			.perform(post("/console/catalog/agency/new").with(csrf())
				.param("creditCode", "91230500MA1B3N1N2X")
				.param("name", "测试机关")
				.param("documentPrefix", "测试")
				.param("effectiveFrom", LocalDate.now(this.clock).toString())
				.param("reason", "新设"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"error-summary\""), containsString("统一社会信用代码："),
					containsString("value=\"测试机关\""))));
		assertThat(this.catalog.agencies()).hasSize(agencies);
		assertThat(this.catalog.history(EntryKind.AGENCY, "91230500MA1B3N1N2X")).isEmpty();
	}

	@Test
	void certificateDatesInTheWrongOrderOrADuplicateNumberSaveNoOfficer() throws Exception {
		Officer existing = this.catalog.officers()
			.stream()
			.filter(o -> o.certificate() != null)
			.findFirst()
			.orElseThrow();
		int officers = this.catalog.officers().size();
		this.mvc
			.perform(officerForm("43112826099001").param("certificate.validFrom", "2026-05-01")
				.param("certificate.validTo", "2026-04-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("有效期至："), containsString("value=\"张示例\""))));
		this.mvc.perform(officerForm(existing.certificate().number()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("执法证号：")));
		assertThat(this.catalog.officers()).hasSize(officers);
		assertThat(this.catalog.officers()).extracting(Officer::name).doesNotContain("张示例");
	}

	@Test
	void aMissingReasonSavesNothingAndKeepsWhatWasTypedEscaped() throws Exception {
		Unit unit = this.catalog.units().get(0);
		int versions = this.catalog.history(EntryKind.UNIT, unit.code()).size();
		this.mvc
			.perform(post("/console/catalog/unit/{code}/edit", unit.code()).with(csrf())
				.param("name", "<script>alert('x')</script>")
				.param("duties", unit.duties())
				.param("sortOrder", String.valueOf(unit.sortOrder()))
				.param("effectiveFrom", LocalDate.now(this.clock).toString())
				.param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("请填写变更原因"), containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
							not(containsString("<script>alert('x')")))));
		assertThat(this.catalog.history(EntryKind.UNIT, unit.code())).hasSize(versions);
	}

	@Test
	void scriptTagsAreSavedAsTextAndRenderedEscaped() throws Exception {
		String code = "T" + System.nanoTime() % 100000;
		this.mvc
			.perform(post("/console/catalog/supervision/new").with(csrf())
				.param("code", code)
				.param("name", "<script>alert(1)</script>监督")
				.param("channel", "<b>12345</b>")
				.param("sortOrder", "9")
				.param("effectiveFrom", LocalDate.now(this.clock).toString())
				.param("reason", "新增<i>渠道</i>"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.catalog.current(EntryKind.SUPERVISION, code).orElseThrow().content().name())
			.isEqualTo("<script>alert(1)</script>监督");
		this.mvc.perform(get("/console/catalog/supervision/{code}/history", code))
			.andExpect(content().string(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;监督"),
					containsString("新增&lt;i&gt;渠道&lt;/i&gt;"), not(containsString("<script>alert(1)")))));
		this.mvc.perform(get("/console/catalog")).andExpect(content().string(not(containsString("<script>alert(1)"))));
	}

	@Test
	@WithMockUser(username = "officer1", roles = "OFFICER")
	void staffWithoutTheAdminRoleAreRefused() throws Exception {
		this.mvc.perform(get("/console/catalog")).andExpect(status().isForbidden());
		this.mvc.perform(get("/console/catalog/item/new")).andExpect(status().isForbidden());
	}

	@Test
	@WithAnonymousUser
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/console/catalog"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", endsWith("/login")));
	}

	@Test
	void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/console/catalog/unit/new").param("code", "X").param("name", "X").param("reason", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anEntryIsRetiredFromItsHistoryPageAndListedAsRetiredOnTheOverview() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		this.catalog.save(EntryKind.SUPERVISION, new SupervisionMethod("T-CON-RET",
				this.catalog.agencies().get(0).creditCode(), "测试投诉信箱", "", "box@example.cn", 9),
				new Change(LocalDate.of(2024, 1, 1), "开通", "admin"));
		this.mvc.perform(get("/console/catalog/supervision/T-CON-RET/history"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("废止此"), containsString("name=\"_csrf\""),
					containsString("/console/catalog/supervision/T-CON-RET/retire"))));

		this.mvc
			.perform(post("/console/catalog/supervision/T-CON-RET/retire").with(csrf())
				.param("effectiveFrom", "2026-02-30")
				.param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("未废止"), containsString("请填写废止原因"), containsString("废止日期不是有效日期"))));
		assertThat(this.catalog.history(EntryKind.SUPERVISION, "T-CON-RET")).hasSize(1);

		this.mvc
			.perform(post("/console/catalog/supervision/T-CON-RET/retire").with(csrf())
				.param("effectiveFrom", today.toString())
				.param("reason", "信箱停用"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/console/catalog/supervision/T-CON-RET/history"))
			.andExpect(flash().attribute("saved", containsString("已废止")));
		assertThat(this.catalog.supervisionMethods()).extracting(SupervisionMethod::code).doesNotContain("T-CON-RET");
		this.mvc.perform(get("/console/catalog/supervision/T-CON-RET/history"))
			.andExpect(content().string(allOf(containsString("id=\"retired-notice\""), containsString(">废止</span>"),
					containsString("修改（重新公布）"), not(containsString("废止此")))));
		this.mvc.perform(get("/console/catalog"))
			.andExpect(content().string(allOf(containsString("<details id=\"retired\""), containsString("测试投诉信箱"),
					containsString("信箱停用"))));
	}

	@Test
	void aUnitStillInUseIsNotRetiredAndTheAgencyHasNoRetireForm() throws Exception {
		String unit = investmentApproval().unitCode();
		int versions = this.catalog.history(EntryKind.UNIT, unit).size();
		this.mvc
			.perform(post("/console/catalog/unit/{code}/retire", unit).with(csrf())
				.param("effectiveFrom", LocalDate.now(this.clock).toString())
				.param("reason", "机构撤并"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("仍被以下条目引用"), containsString(investmentApproval().code()))));
		assertThat(this.catalog.history(EntryKind.UNIT, unit)).hasSize(versions);
		this.mvc.perform(get("/console/catalog/agency/{code}/history", this.catalog.agencies().get(0).creditCode()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("废止此"))));
		this.mvc
			.perform(post("/console/catalog/unit/{code}/retire", unit).param("effectiveFrom", "2026-01-01")
				.param("reason", "x"))
			.andExpect(status().isForbidden());
	}

	private Item investmentApproval() {
		return this.catalog.items().stream().filter(i -> i.name().equals("企业投资项目核准")).findFirst().orElseThrow();
	}

	private MockMultipartHttpServletRequestBuilder officerForm(String certificateNumber) {
		MockMultipartHttpServletRequestBuilder form = multipart("/console/catalog/officer/new");
		form.with(csrf())
			.param("name", "张示例")
			.param("unitCode", this.catalog.units().get(0).code())
			.param("post", "科员")
			.param("certificate.number", certificateNumber)
			.param("certificate.issuer", "湖南省人民政府")
			.param("certificate.validFrom", "2026-01-01")
			.param("certificate.validTo", "2030-12-31")
			.param("certificate.status", "VALID")
			.param("areas", "新田县行政区域")
			.param("example", "true")
			.param("effectiveFrom", LocalDate.now(this.clock).toString())
			.param("reason", "新增执法人员");
		return form;
	}

	/** The edit form of an item as a browser would post it, unchanged. */
	private MockMultipartHttpServletRequestBuilder itemForm(Item item) {
		MockMultipartHttpServletRequestBuilder form = multipart("/console/catalog/item/{code}/edit", item.code());
		form.with(csrf())
			.param("name", item.name())
			.param("category", item.category().name())
			.param("subcategory", nullToEmpty(item.subcategory()))
			.param("unitCode", nullToEmpty(item.unitCode()))
			.param("conditions", nullToEmpty(item.conditions()))
			.param("procedureSteps", String.join("\n", item.procedureSteps()))
			.param("fee.standard", item.fee() == null ? "" : nullToEmpty(item.fee().standard()))
			.param("fee.basis", item.fee() == null ? "" : nullToEmpty(item.fee().basis()))
			.param("inspectionSubjects", nullToEmpty(item.inspectionSubjects()))
			.param("inspectionMethod", nullToEmpty(item.inspectionMethod()));
		if (item.statutoryLimit() != null) {
			form.param("statutoryLimit.amount", String.valueOf(item.statutoryLimit().amount()))
				.param("statutoryLimit.unit", item.statutoryLimit().unit().name());
		}
		if (item.promisedLimit() != null) {
			form.param("promisedLimit.unit", item.promisedLimit().unit().name());
		}
		flag(form, "fee.charged", item.fee() != null && item.fee().charged());
		flag(form, "majorDecision", item.majorDecision());
		flag(form, "mediaRecordRequired", item.mediaRecordRequired());
		flag(form, "randomInspection", item.randomInspection());
		List<LegalBasis> bases = item.legalBases();
		for (int i = 0; i < bases.size(); i++) {
			form.param("legalBases[" + i + "].law", nullToEmpty(bases.get(i).law()))
				.param("legalBases[" + i + "].article", nullToEmpty(bases.get(i).article()))
				.param("legalBases[" + i + "].text", nullToEmpty(bases.get(i).text()));
		}
		form.param("legalBases[" + bases.size() + "].law", "");
		List<Material> materials = item.materials();
		for (int i = 0; i < materials.size(); i++) {
			Material m = materials.get(i);
			String row = "materials[" + i + "].";
			form.param(row + "name", nullToEmpty(m.name()))
				.param(row + "form", nullToEmpty(m.form()))
				.param(row + "copies", String.valueOf(m.copies()))
				.param(row + "note", nullToEmpty(m.note()))
				.param(row + "sampleFileId", nullToEmpty(m.sampleFileId()));
			flag(form, row + "required", m.required());
		}
		form.param("materials[" + materials.size() + "].name", "");
		return form;
	}

	private static void flag(MockMultipartHttpServletRequestBuilder form, String name, boolean on) {
		form.param("_" + name, "on");
		if (on) {
			form.param(name, "true");
		}
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
