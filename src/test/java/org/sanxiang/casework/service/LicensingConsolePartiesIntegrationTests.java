package org.sanxiang.casework.service;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.licensing.HandlingMode;
import org.sanxiang.catalog.IdNumber;
import org.sanxiang.identity.Role;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The console's forms for the handling mode chosen at acceptance (行政许可法 第四十二条第二款,
 * XK-42b), the interested parties and their statements (第三十六条, XK-36) and a
 * public-interest hearing (第四十六条, XK-46). Shares the console tests' context and fixed
 * day.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
@Import(ConsoleFixedDay.class)
class LicensingConsolePartiesIntegrationTests {

	static final String PERSON_ID = "431128198001011" + "23" + IdNumber.checkCharacter("43112819800101123");

	@Autowired
	MockMvc mvc;

	@Autowired
	Casework casework;

	@Test
	void theClerkChoosesJointHandlingAndTheOfficerTellsInterestedPartiesWhoStateTheirCase() throws Exception {
		Casework.Receipt receipt = this.casework.apply(
				new Applicant(Applicant.ApplicantKind.PERSON, "钱十利害", PERSON_ID, null, "钱十利害", "0746-1234567", null),
				"XK-002", new Actor("clerk", "李静（示例）", Set.of(Role.CLERK)));
		String id = receipt.id().toString();
		RequiredMaterials.checkedOnPaper(this.casework, receipt.id());
		this.mvc.perform(get("/console/licensing/" + id).with(user("clerk").roles("CLERK")))
			.andExpect(content().string(containsString("统一办理、联合办理、集中办理")));
		act(id, "accept", "CLERK", "0", "handlingMode", "JOINT").andExpect(status().is3xxRedirection());
		assertThat(this.casework.find(receipt.id()).licensingCase().deadlines().mode()).isEqualTo(HandlingMode.JOINT);

		act(id, "notify-interested-parties", "OFFICER", "1", "interestedParties", "相邻企业甲\n\n相邻企业乙", "notice",
				"拟建项目与贵方相邻，可陈述、申辩")
			.andExpect(status().is3xxRedirection());
		act(id, "record-statement", "OFFICER", "2", "party", "路人丙", "statement", "反对")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("XK-36")));
		act(id, "record-statement", "OFFICER", "2", "party", "相邻企业乙", "statement", "担心噪声")
			.andExpect(status().is3xxRedirection());
		act(id, "mark-public-interest", "OFFICER", "3", "reason", "涉及城区供热").andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/console/licensing/" + id).with(user("officer1").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("相邻企业甲、相邻企业乙")))
			.andExpect(content().string(containsString("利害关系人告知")))
			.andExpect(content().string(containsString("陈述、申辩")))
			.andExpect(content().string(containsString("须举行听证后方可决定")))
			.andExpect(content().string(containsString("利害关系人：相邻企业乙")));
	}

	private ResultActions act(String id, String action, String role, String revision, String... fields)
			throws Exception {
		var request = post("/console/licensing/" + id + "/actions/" + action).param("revision", revision)
			.with(user(role.toLowerCase()).roles(role))
			.with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request = request.param(fields[i], fields[i + 1]);
		}
		return this.mvc.perform(request);
	}

}
