package org.sanxiang.disclosure;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.Change;
import org.sanxiang.catalog.DiscretionBenchmark;
import org.sanxiang.catalog.EntryKind;
import org.sanxiang.catalog.InMemoryCatalog;
import org.sanxiang.catalog.MajorCondition;
import org.sanxiang.catalog.MajorConditionKind;
import org.sanxiang.support.FixedToday;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The portal's 重大执法决定法制审核目录 (SH-2) and the 行政裁量基准 on an item's page, rendered against an
 * in-memory catalog, today = 2026-06-01.
 */
@WebMvcTest(controllers = { PortalController.class, ItemController.class })
@AutoConfigureMockMvc(addFilters = false)
@Import({ FixedToday.class, ReviewCataloguePageTests.Fixture.class })
class ReviewCataloguePageTests {

	@TestConfiguration
	static class Fixture {

		@Bean
		Catalog catalog() {
			InMemoryCatalog catalog = InMemoryCatalog.xintian(FixedToday.TODAY);
			Change change = new Change(LocalDate.of(2026, 1, 1), "制定重大执法决定法制审核目录", "admin");
			catalog.save(EntryKind.MAJOR_CONDITION, new MajorCondition("AFTER_HEARING", InMemoryCatalog.AGENCY,
					MajorConditionKind.AFTER_HEARING, "经过听证程序作出的行政许可决定", "国办发〔2018〕118号；《行政许可法》第四十八条", false, true, 1),
					change);
			catalog.save(EntryKind.MAJOR_CONDITION, new MajorCondition("COMPLEX_NOVEL", InMemoryCatalog.AGENCY,
					MajorConditionKind.COMPLEX_NOVEL, "案件情况疑难复杂、涉及多个法律关系的", "本局法制审核制度", true, true, 2), change);
			catalog.save(
					EntryKind.MAJOR_CONDITION, new MajorCondition("OTHER-1", InMemoryCatalog.AGENCY,
							MajorConditionKind.OTHER, "<script>alert('x')</script>其他情形", "本局制度", false, true, 3),
					change);
			catalog.save(EntryKind.MAJOR_CONDITION, new MajorCondition("OTHER-2", InMemoryCatalog.AGENCY,
					MajorConditionKind.OTHER, "已停用的情形", "本局制度", false, false, 4), change);
			catalog.save(EntryKind.BENCHMARK,
					new DiscretionBenchmark("B-1", InMemoryCatalog.AGENCY, InMemoryCatalog.APPROVAL, "项目单位申请延期开工建设",
							"可以准予延期一次，期限最长不超过1年", BigDecimal.ONE, BigDecimal.valueOf(12), "个月", "《企业投资项目核准和备案管理条例》第十二条",
							1),
					change);
			return catalog;
		}

	}

	@Autowired
	MockMvc mvc;

	@Test
	void theCatalogueListsTheItemsReviewedAsAWholeAndTheEnabledConditionsWithTheirBases() throws Exception {
		String html = page("/review-catalogue");

		assertThat(html).contains("重大执法决定法制审核目录", "未经法制审核或者审核未通过的，不得作出决定", "国办发〔2018〕118号")
			.contains("href=\"/items/" + InMemoryCatalog.APPROVAL + "\"", "企业投资项目核准", "《政府核准投资项目管理办法》")
			.doesNotContain("/items/" + InMemoryCatalog.INSPECTION + "\"")
			.contains("经过听证程序作出的行政许可决定", "《行政许可法》第四十八条", "经过听证程序作出")
			.contains("案件情况疑难复杂、涉及多个法律关系的", "经法制审核后，由负责人集体讨论决定")
			.doesNotContain("已停用的情形");
		// positions order the conditions
		assertThat(html.indexOf("经过听证程序作出的行政许可决定")).isLessThan(html.indexOf("案件情况疑难复杂、涉及多个法律关系的"));
	}

	@Test
	void conditionNamesAreRenderedEscaped() throws Exception {
		assertThat(page("/review-catalogue")).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;其他情形")
			.doesNotContain("<script>alert('x')</script>");
	}

	@Test
	void thePortalNavigationLinksToTheCatalogueAndMarksItCurrent() throws Exception {
		assertThat(page("/review-catalogue")).contains("href=\"/review-catalogue\" aria-current=\"page\"");
		assertThat(page("/")).contains("href=\"/review-catalogue\"");
	}

	@Test
	void anItemPageShowsTodaysDiscretionBenchmarksAndLinksToTheCatalogue() throws Exception {
		assertThat(page("/items/" + InMemoryCatalog.APPROVAL)).contains("行政裁量基准", "项目单位申请延期开工建设", "可以准予延期一次，期限最长不超过1年",
				"href=\"/review-catalogue\"");
		assertThat(page("/items/" + InMemoryCatalog.APPROVAL + "?asOf=2020-01-01")).doesNotContain("项目单位申请延期开工建设");
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
