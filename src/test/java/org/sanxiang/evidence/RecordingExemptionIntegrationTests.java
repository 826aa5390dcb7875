package org.sanxiang.evidence;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 免于音像记录 (JL-5) from the console: only a 负责人 approves, only with a reason, and the
 * approval is journaled with the case.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
class RecordingExemptionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EvidenceVault vault;

	@Test
	@WithMockUser(username = "director", roles = "DIRECTOR")
	void aDirectorApprovesAnExemptionWithAReasonAndItIsJournaled() throws Exception {
		UUID caseId = UUID.randomUUID();
		this.mvc
			.perform(post("/console/evidence/exemptions").with(csrf())
				.param("caseId", caseId.toString())
				.param("activity", "SITE_INSPECTION")
				.param("reason", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写免于音像记录的理由")));
		assertThat(this.vault.approvedExemption(caseId, Activity.SITE_INSPECTION)).isEmpty();

		this.mvc
			.perform(post("/console/evidence/exemptions").with(csrf())
				.param("caseId", caseId.toString())
				.param("activity", "SITE_INSPECTION")
				.param("reason", "执法记录仪故障，已报告"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已批准")));
		assertThat(this.vault.approvedExemption(caseId, Activity.SITE_INSPECTION)).contains("执法记录仪故障，已报告");
		assertThat(this.jdbc
			.sql("select count(*) from journal_entry where case_id = :id and type = 'RecordingExemptionApproved' "
					+ "and actor = 'director'")
			.param("id", caseId)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	@WithMockUser(username = "officer1", roles = "OFFICER")
	void anOfficerCannotApproveAnExemption() throws Exception {
		this.mvc
			.perform(post("/console/evidence/exemptions").with(csrf())
				.param("caseId", UUID.randomUUID().toString())
				.param("activity", "HEARING")
				.param("reason", "设备故障"))
			.andExpect(status().isForbidden());
	}

}
