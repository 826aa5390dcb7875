package org.sanxiang.catalog.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.EntryKind;
import org.sanxiang.catalog.InMemoryCatalog;
import org.sanxiang.catalog.Item;
import org.sanxiang.catalog.MajorCondition;
import org.sanxiang.catalog.MajorConditionKind;
import org.sanxiang.catalog.Officer;
import org.sanxiang.identity.RoleLabels;
import org.sanxiang.support.FixedToday;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The console catalog pages against an in-memory catalog (no database); today =
 * 2026-06-01.
 */
@WebMvcTest(controllers = { CatalogConsoleController.class, CatalogFormsController.class })
@AutoConfigureMockMvc(addFilters = false)
@Import({ FixedToday.class, CatalogConsolePagesTests.Fixture.class, RoleLabels.class })
@WithMockUser(username = "admin", roles = "ADMIN")
class CatalogConsolePagesTests {

	@TestConfiguration
	static class Fixture {

		@Bean
		InMemoryCatalog catalog() {
			return InMemoryCatalog.oneOfEach(FixedToday.TODAY);
		}

		/**
		 * The console header asks for the unread count; this slice has no notifications.
		 */
		@Bean
		NoUnreadCount notificationBadge() {
			return new NoUnreadCount();
		}

	}

	static class NoUnreadCount {

		public Long unread(Object who) {
			return null;
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	InMemoryCatalog catalog;

	@Test
	void overviewListsEveryKindWithVersionEditAndHistoryLinks() throws Exception {
		this.mvc.perform(get("/console/catalog"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("新田县发展和改革局"), containsString("投资股"), containsString("李示一"),
					containsString("企业投资项目核准"), containsString("12345 热线"), containsString("第 1 版"),
					containsString("/console/catalog/item/XK-001/edit"),
					containsString("/console/catalog/item/XK-001/history"),
					containsString("/console/catalog/officer/new"))));
	}

	@Test
	void everyFormRendersWithTodayAsEffectiveDate() throws Exception {
		for (String path : new String[] { "agency/" + InMemoryCatalog.AGENCY + "/edit", "agency/new", "unit/TZK/edit",
				"unit/new", "officer/o1/edit", "officer/new", "item/XK-001/edit", "item/new",
				"supervision/hotline/edit", "supervision/new" }) {
			this.mvc.perform(get("/console/catalog/" + path))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("value=\"2026-06-01\""), containsString("变更原因"))));
		}
	}

	@Test
	void itemFormShowsExistingRowsPlusTwoBlankOnes() throws Exception {
		this.mvc.perform(get("/console/catalog/item/XK-001/edit"))
			.andExpect(content().string(allOf(containsString("name=\"legalBases[2].law\""),
					not(containsString("name=\"legalBases[3].law\"")), containsString("name=\"materials[2].name\""),
					containsString("申请书.txt"),
					containsString("hx-get=\"/console/catalog/item/row?section=legalBases&amp;index=3\""))));
	}

	@Test
	void htmxAddsOneBlankRowAndMovesTheButtonOn() throws Exception {
		this.mvc.perform(get("/console/catalog/item/row").param("section", "materials").param("index", "4"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"materials[4].name\""),
					containsString("hx-swap-oob=\"true\""), containsString("index=5"))));
	}

	@Test
	void addRowWithoutScriptingRerendersWithOneMoreRowAndSavesNothing() throws Exception {
		int before = this.catalog.saves();
		this.mvc
			.perform(multipart("/console/catalog/item/XK-001/edit").param("name", "企业投资项目核准")
				.param("legalBases[0].law", "《条例》")
				.param("addRow", "legalBases"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"legalBases[1].law\""), containsString("《条例》"))));
		assertThat(this.catalog.saves()).isEqualTo(before);
	}

	@Test
	void savingAnItemCreatesAVersionIgnoresBlankRowsAndKeepsTheSample() throws Exception {
		this.mvc
			.perform(multipart("/console/catalog/item/XK-001/edit")
				.file(new MockMultipartFile("materials[1].sample", "说明.txt", "text/plain",
						"新示范文本".getBytes(StandardCharsets.UTF_8)))
				.param("name", "企业投资项目核准")
				.param("category", "LICENSING")
				.param("unitCode", "TZK")
				.param("legalBases[0].law", "")
				.param("legalBases[1].law", "《企业投资项目核准和备案管理条例》")
				.param("legalBases[1].article", "第三条")
				.param("materials[0].name", "项目申请报告")
				.param("materials[0].required", "true")
				.param("materials[0].sampleFileId",
						this.catalog.item("XK-001").orElseThrow().materials().get(0).sampleFileId())
				.param("materials[1].name", "说明")
				.param("materials[1].copies", "2")
				.param("materials[2].name", "")
				.param("statutoryLimit.amount", "20")
				.param("statutoryLimit.unit", "WORKING_DAYS")
				.param("promisedLimit.amount", "10")
				.param("promisedLimit.unit", "WORKING_DAYS")
				.param("procedureSteps", "受理\n\n审查\n决定")
				.param("effectiveFrom", "2026-06-01")
				.param("reason", "《企业投资项目核准和备案管理条例》修订"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/console/catalog/item/XK-001/history"))
			.andExpect(flash().attribute("saved", "已保存为第 2 版，自 2026-06-01 起生效"));
		Item saved = this.catalog.item("XK-001").orElseThrow();
		assertThat(saved.legalBases()).hasSize(1);
		assertThat(saved.promisedLimit().amount()).isEqualTo(10);
		assertThat(saved.procedureSteps()).containsExactly("受理", "审查", "决定");
		assertThat(saved.materials()).hasSize(2);
		assertThat(saved.materials().get(0).sampleFileId()).isNotNull();
		assertThat(this.catalog.sample(saved.materials().get(1).sampleFileId()).orElseThrow().fileName())
			.isEqualTo("说明.txt");
		assertThat(this.catalog.history(EntryKind.ITEM, "XK-001")).hasSize(2);
	}

	@Test
	void conversionErrorsAreChineseFieldErrorsAndKeepTheTypedValues() throws Exception {
		int before = this.catalog.saves();
		this.mvc
			.perform(multipart("/console/catalog/item/XK-001/edit").param("name", "<script>alert(1)</script>")
				.param("category", "BOGUS")
				.param("statutoryLimit.amount", "二十")
				.param("materials[0].name", "报告")
				.param("materials[0].copies", "x")
				.param("effectiveFrom", "2026-13-45")
				.param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("职权类别的取值无效"), containsString("法定时限须为整数"),
					containsString("份数须为整数"), containsString("生效日期不是有效日期"), containsString("请填写变更原因"),
					containsString("&lt;script&gt;alert(1)&lt;/script&gt;"), not(containsString("<script>alert(1)")),
					containsString("value=\"二十\""), containsString("id=\"error-summary\""))));
		assertThat(this.catalog.saves()).isEqualTo(before);
	}

	@Test
	void catalogRejectionsAppearNextToTheMatchingField() throws Exception {
		this.mvc
			.perform(post("/console/catalog/officer/new").param("name", "张示五")
				.param("unitCode", "TZK")
				.param("certificate.number", "43112326000001")
				.param("certificate.issuer", "新田县人民政府")
				.param("certificate.validFrom", "2026-05-01")
				.param("certificate.validTo", "2026-04-01")
				.param("certificate.status", "VALID")
				.param("effectiveFrom", "2026-06-01")
				.param("reason", "新增执法人员"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("有效期至不能早于有效期起"), containsString("执法证号已登记在其他执法人员名下"),
					containsString("执法证号：执法证号已登记在其他执法人员名下"), containsString("value=\"张示五\""))));
		assertThat(this.catalog.officers()).extracting(Officer::name).doesNotContain("张示五");
	}

	@Test
	void legalBasisErrorsPointAtTheRowAsThePersonSeesIt() throws Exception {
		this.mvc
			.perform(multipart("/console/catalog/item/XK-001/edit").param("name", "企业投资项目核准")
				.param("category", "LICENSING")
				.param("legalBases[0].law", "")
				.param("legalBases[1].law", "")
				.param("legalBases[1].article", "第三条")
				.param("effectiveFrom", "2026-06-01")
				.param("reason", "修订"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("执法依据第 2 行法律法规名称：必填")));
	}

	@Test
	void newEntryWithAnExistingKeyIsRefused() throws Exception {
		this.mvc
			.perform(post("/console/catalog/unit/new").param("code", "TZK")
				.param("name", "另一个股")
				.param("effectiveFrom", "2026-06-01")
				.param("reason", "新设"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已存在")));
		assertThat(this.catalog.unit("TZK").orElseThrow().name()).isEqualTo("投资股");
	}

	@Test
	void aCatalogueConditionIsSavedFromItsFormAndDisabledAsANewVersion() throws Exception {
		this.mvc.perform(get("/console/catalog/major-condition/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("案件情况疑难复杂、涉及多个法律关系"), containsString("须经负责人集体讨论决定"),
					containsString("name=\"enabled\""), containsString("value=\"2026-06-01\""))));
		this.mvc
			.perform(post("/console/catalog/major-condition/new").param("code", "COMPLEX_NOVEL")
				.param("conditionKind", "COMPLEX_NOVEL")
				.param("name", "案件情况疑难复杂、涉及多个法律关系的")
				.param("basis", "国办发〔2018〕118号")
				.param("collectiveDiscussion", "true")
				.param("enabled", "true")
				.param("position", "5")
				.param("effectiveFrom", "2026-06-01")
				.param("reason", "制定重大执法决定法制审核目录"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/console/catalog/major-condition/COMPLEX_NOVEL/history"));
		MajorCondition saved = this.catalog.current(EntryKind.MAJOR_CONDITION, "COMPLEX_NOVEL").orElseThrow().content();
		assertThat(saved.kind()).isEqualTo(MajorConditionKind.COMPLEX_NOVEL);
		assertThat(saved.collectiveDiscussion()).isTrue();
		assertThat(saved.agencyCode()).isEqualTo(InMemoryCatalog.AGENCY);

		// an unchecked box is sent as its marker only: the new version is disabled
		this.mvc
			.perform(post("/console/catalog/major-condition/COMPLEX_NOVEL/edit").param("conditionKind", "COMPLEX_NOVEL")
				.param("name", "案件情况疑难复杂、涉及多个法律关系的")
				.param("basis", "国办发〔2018〕118号")
				.param("_collectiveDiscussion", "on")
				.param("_enabled", "on")
				.param("position", "5")
				.param("effectiveFrom", "2026-06-01")
				.param("reason", "暂停适用"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.catalog.majorConditions()).singleElement().satisfies(c -> assertThat(c.enabled()).isFalse());
		this.mvc.perform(get("/console/catalog/major-condition/COMPLEX_NOVEL/history"))
			.andExpect(
					content().string(allOf(containsString("第 2 版"), containsString("暂停适用"), containsString("须集体讨论"))));
		this.mvc.perform(get("/console/catalog"))
			.andExpect(content().string(allOf(containsString("重大执法决定法制审核目录"), containsString("未启用"),
					containsString("/console/catalog/major-condition/new"),
					containsString("/console/catalog/benchmark/new"))));
	}

	@Test
	void aBenchmarkFormNamesItsFieldsAndRefusesANonNumericRange() throws Exception {
		int before = this.catalog.saves();
		this.mvc
			.perform(post("/console/catalog/benchmark/new").param("code", "B-1")
				.param("itemCode", "XK-001")
				.param("name", "申请延期开工建设")
				.param("standard", "延期一次，最长1年")
				.param("minimum", "一")
				.param("maximum", "12")
				.param("unit", "个月")
				.param("basis", "《条例》第十二条")
				.param("effectiveFrom", "2026-06-01")
				.param("reason", "制定裁量基准"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("幅度下限须为数字"), containsString("申请延期开工建设"))));
		assertThat(this.catalog.saves()).isEqualTo(before);
		this.mvc
			.perform(post("/console/catalog/benchmark/new").param("code", "B-1")
				.param("itemCode", "XK-001")
				.param("name", "申请延期开工建设")
				.param("standard", "延期一次，最长1年")
				.param("minimum", "1")
				.param("maximum", "12")
				.param("unit", "个月")
				.param("basis", "《条例》第十二条")
				.param("effectiveFrom", "2026-06-01")
				.param("reason", "制定裁量基准"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.catalog.benchmarks("XK-001")).singleElement()
			.satisfies(b -> assertThat(b.maximum()).isEqualByComparingTo("12"));
		this.mvc.perform(get("/console/catalog/benchmark/B-1/history"))
			.andExpect(content().string(allOf(containsString("1个月 至 12个月"), containsString("申请延期开工建设"))));
	}

	@Test
	void historyShowsEveryVersionWithReasonAndContent() throws Exception {
		this.mvc.perform(get("/console/catalog/item/XK-001/history"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("第 1 版"), containsString("首次公布"), containsString("现行"),
					containsString("15 个工作日"), containsString("《企业投资项目核准和备案管理条例》（国务院令第673号） 第三条"))));
		this.mvc.perform(get("/console/catalog/item/NOPE/history")).andExpect(status().isNotFound());
		this.mvc.perform(get("/console/catalog/bogus/new")).andExpect(status().isNotFound());
	}

}
