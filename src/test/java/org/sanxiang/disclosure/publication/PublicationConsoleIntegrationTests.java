package org.sanxiang.disclosure.publication;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.sanxiang.casework.CaseSnapshot;
import org.sanxiang.disclosure.PublicationStatus;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 公示管理 in the console: staff read the lists with their clocks, a 负责人 acts, bad input
 * answers 422 in Chinese and changes nothing.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
class PublicationConsoleIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PublicationPipeline pipeline;

	@Autowired
	JdbcPublications publications;

	@Test
	void staffSeeTheOverduePublicationsWithTheirWorkingDaysAndOnlyADirectorActs() throws Exception {
		CaseSnapshot c = PublicationPipelineIntegrationTests.organisation("新田县控制台逾期测试有限公司");
		UUID id = this.pipeline.create(c,
				PublicationPipelineIntegrationTests.grant(c, this.pipeline.today().minusDays(20)));

		this.mvc.perform(get("/console/publications")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/console/publications").with(user("clerk").roles("CLERK")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("新田县控制台逾期测试有限公司")))
			.andExpect(content().string(containsString("待文书")));
		this.mvc.perform(get("/console/publications").param("tab", "deadlines").with(user("officer1").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("新田县控制台逾期测试有限公司")))
			.andExpect(content().string(containsString("已逾期")))
			.andExpect(content().string(containsString("公示及时率")));
		for (String tab : new String[] { "published", "withdrawn", "held-back" }) {
			this.mvc.perform(get("/console/publications").param("tab", tab).with(user("clerk").roles("CLERK")))
				.andExpect(status().isOk());
		}
		this.mvc.perform(get("/console/publications/" + id).with(user("clerk").roles("CLERK")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("待文书")))
			.andExpect(content().string(not(containsString("不予公开（GS-5）"))));
		this.mvc.perform(get("/console/publications/" + UUID.randomUUID()).with(user("clerk").roles("CLERK")))
			.andExpect(status().isNotFound());

		this.pipeline.documentIssued(PublicationPipelineIntegrationTests.issued(c, "licence-grant", "新发改许〔2026〕9201号"));
		this.mvc
			.perform(post("/console/publications/" + id + "/publish").with(user("clerk").roles("CLERK")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/console/publications/" + id + "/publish").with(user("director").roles("DIRECTOR"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.publications.find(id).orElseThrow().publication().status())
			.isEqualTo(PublicationStatus.PUBLISHED);

		this.mvc
			.perform(post("/console/publications/" + id + "/withdraw").with(user("director").roles("DIRECTOR"))
				.with(csrf())
				.param("ground", "决定被确认违法")
				.param("explanation", "  "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("请填写撤回的公开说明")));
		this.mvc
			.perform(post("/console/publications/" + id + "/hold-back").with(user("director").roles("DIRECTOR"))
				.with(csrf())
				.param("ground", "商业秘密"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("请填写不予公开的具体理由")));
		this.mvc
			.perform(post("/console/publications/" + id + "/correct").with(user("director").roles("DIRECTOR"))
				.with(csrf())
				.param("currentStatus", "有效")
				.param("validTo", "2026-13-01")
				.param("explanation", "更正"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("有效期至格式不正确")));
		assertThat(this.publications.find(id).orElseThrow().publication().status())
			.isEqualTo(PublicationStatus.PUBLISHED);

		this.mvc
			.perform(post("/console/publications/" + id + "/withdraw").with(user("director").roles("DIRECTOR"))
				.with(csrf())
				.param("ground", "决定被确认违法")
				.param("explanation", "经行政复议确认该决定违法"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/console/publications/" + id).with(user("director").roles("DIRECTOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("决定被确认违法：经行政复议确认该决定违法")));
	}

	@Test
	void theSettingsAreReadByStaffAndChangedByADirectorWith422ForBadPeriods() throws Exception {
		this.mvc.perform(get("/console/publications/settings").with(user("clerk").roles("CLERK")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("仅负责人可以修改公示设置")));
		this.mvc
			.perform(post("/console/publications/settings").with(user("clerk").roles("CLERK"))
				.with(csrf())
				.param("refusalYears", "1"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/console/publications/settings").with(user("director").roles("DIRECTOR"))
				.with(csrf())
				.param("grantYearsAfterValidity", "1")
				.param("grantYearsWithoutValidity", "5")
				.param("refusalYears", "abc")
				.param("withdrawnYears", "3"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("公示期限应填写整数年数")));
		this.mvc
			.perform(post("/console/publications/settings").with(user("director").roles("DIRECTOR"))
				.with(csrf())
				.param("grantYearsAfterValidity", "1")
				.param("grantYearsWithoutValidity", "5")
				.param("refusalYears", "99")
				.param("withdrawnYears", "3"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("公示期限应在")));
	}

}
