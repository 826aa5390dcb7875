package org.sanxiang.disclosure;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sanxiang.platform.PublicAddresses;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.Change;
import org.sanxiang.catalog.EntryKind;
import org.sanxiang.catalog.InMemoryCatalog;
import org.sanxiang.support.FixedToday;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Retired entries on the portal (today = 2026-06-01): an officer who left on 2026-05-01
 * and an inspection item abolished on 2026-05-15 are gone from the lists, labelled 废止 in
 * the histories, and the officer's certificate is not reported as valid.
 */
@WebMvcTest(controllers = { PortalController.class, ItemController.class, CertificateVerification.class })
@AutoConfigureMockMvc(addFilters = false)
@Import({ FixedToday.class, PublicAddresses.class, PortalRetirementPagesTests.Fixture.class })
class PortalRetirementPagesTests {

	static final String ABOLISHED = "《湖南省人民政府关于取消和下放一批行政权力事项的决定》";

	@TestConfiguration
	static class Fixture {

		@Bean
		Catalog catalog() {
			InMemoryCatalog catalog = InMemoryCatalog.xintian(FixedToday.TODAY);
			catalog.retire(EntryKind.OFFICER, "o1", new Change(LocalDate.of(2026, 5, 1), "调离本机关", "admin"));
			catalog.retire(EntryKind.ITEM, InMemoryCatalog.INSPECTION,
					new Change(LocalDate.of(2026, 5, 15), ABOLISHED, "admin"));
			catalog.retire(EntryKind.ITEM, InMemoryCatalog.APPROVAL,
					new Change(LocalDate.of(2026, 9, 1), "下放至市级", "admin"));
			return catalog;
		}

	}

	@Autowired
	MockMvc mvc;

	@Test
	void aRetiredOfficersCertificateIsNeverReportedValid() throws Exception {
		this.mvc.perform(get("/verify/officer/{no}", InMemoryCatalog.VALID_CERT))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("该人员已不在本机关执法岗位（自 2026-05-01 起）"), containsString("李示一"),
					containsString("已离岗"), not(containsString("证件有效")))));
		this.mvc.perform(get("/verify/officer/{no}/qr.png", InMemoryCatalog.VALID_CERT)).andExpect(status().isOk());
	}

	@Test
	void retiredEntriesAreNotListed() throws Exception {
		this.mvc.perform(get("/officers")).andExpect(content().string(not(containsString("李示一"))));
		this.mvc.perform(get("/random-inspection"))
			.andExpect(content().string(not(containsString("固定资产投资项目节能审查意见落实情况检查"))));
		this.mvc.perform(get("/items"))
			.andExpect(
					content().string(allOf(not(containsString("固定资产投资项目节能审查意见落实情况检查")), containsString("企业投资项目核准"))));
	}

	@Test
	void theChangeHistoryLabelsRetirements() throws Exception {
		this.mvc.perform(get("/changes"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<span class=\"badge err\">废止</span>"),
					containsString(ABOLISHED), containsString("调离本机关"))));
	}

	@Test
	void anAbolishedItemShowsItsRetirementInItsHistoryAndEarlierVersionsStayReadable() throws Exception {
		this.mvc.perform(get("/items/{code}/history", InMemoryCatalog.INSPECTION))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(">废止</span>"), containsString("废止原因"),
					containsString(ABOLISHED), containsString("本事项废止"))));
		this.mvc.perform(get("/items/{code}", InMemoryCatalog.INSPECTION))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("已自 2026-05-15 起废止")));
		this.mvc.perform(get("/items/{code}", InMemoryCatalog.INSPECTION).param("asOf", "2026-05-14"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("双随机抽取，现场检查")));
	}

	@Test
	void aScheduledRetirementIsAnnouncedOnTheItemPage() throws Exception {
		this.mvc.perform(get("/items/{code}", InMemoryCatalog.APPROVAL))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("本事项自 <strong>2026-09-01</strong> 起废止"), containsString("下放至市级"))));
		this.mvc.perform(get("/items/{code}/history", InMemoryCatalog.APPROVAL))
			.andExpect(content().string(containsString(">待废止</span>")));
	}

}
