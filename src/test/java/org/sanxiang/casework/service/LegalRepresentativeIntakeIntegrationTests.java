package org.sanxiang.casework.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;

import org.sanxiang.casework.CaseFacts;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.CaseSnapshot;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 法定代表人 at intake (行政许可法 第二十九条; 双公示 XK_FRDB, GS-7): an organisation may name its legal
 * representative at the window, online and through the API; other modules read it from
 * the case's facts; its ID number is not collected, so digits are refused.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
class LegalRepresentativeIntakeIntegrationTests {

	static final String CREDIT_CODE = "91330282L07196379D";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseFacts facts;

	@Test
	void anOrganisationNamesItsLegalRepresentativeThroughTheApiAndTheCaseFactsCarryIt() throws Exception {
		String response = this.mvc
			.perform(post("/api/v1/licensing/applications").contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(organisation("  周法人  "))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		CaseId id = new CaseId(UUID.fromString(this.json.readTree(response).get("id").asString()));
		CaseSnapshot.ApplicantDetails details = this.facts.find(id).orElseThrow().applicantDetails();
		assertThat(details.legalRepresentative()).isEqualTo("周法人");

		this.mvc
			.perform(post("/api/v1/licensing/applications").contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(organisation("周法人 430000199001011234"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("legalRepresentative"));
	}

	@Test
	void theWindowFormAndTheOnlineFormTakeTheLegalRepresentative() throws Exception {
		this.mvc.perform(get("/console/licensing/new").with(user("clerk").roles("CLERK")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"legalRepresentative\"")));
		MvcResult window = this.mvc
			.perform(post("/console/licensing/new").param("applicantKind", "ORGANISATION")
				.param("applicantName", "新田县窗口法人测试有限公司")
				.param("creditCode", CREDIT_CODE)
				.param("legalRepresentative", "吴窗口")
				.param("contactName", "李四")
				.param("contactPhone", "0746-1234567")
				.param("itemCode", "XK-002")
				.with(user("clerk").roles("CLERK"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		Casework.Receipt receipt = (Casework.Receipt) window.getFlashMap().get("receipt");
		assertThat(representativeOf(receipt.number())).isEqualTo("吴窗口");

		this.mvc.perform(get("/apply/XK-002"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"legalRepresentative\"")));
		this.mvc
			.perform(post("/apply/XK-002").with(csrf())
				.param("applicantKind", "ORGANISATION")
				.param("applicantName", "新田县网上法人测试有限公司")
				.param("creditCode", CREDIT_CODE)
				.param("legalRepresentative", "郑网上")
				.param("contactName", "李四")
				.param("contactPhone", "13800000000")
				.param("statement", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc
			.sql("select applicant_legal_representative from casework_case where applicant_name = '新田县网上法人测试有限公司'")
			.query(String.class)
			.single()).isEqualTo("郑网上");

		this.mvc
			.perform(post("/apply/XK-002").with(csrf())
				.param("applicantKind", "ORGANISATION")
				.param("applicantName", "新田县网上法人测试有限公司")
				.param("creditCode", CREDIT_CODE)
				.param("legalRepresentative", "郑网上430000199001011234")
				.param("contactName", "李四")
				.param("contactPhone", "13800000000")
				.param("statement", "true"))
			.andExpect(status().is4xxClientError())
			.andExpect(content().string(containsString("id=\"legalRepresentative-error\"")));
	}

	private String representativeOf(String number) {
		return this.jdbc.sql("select applicant_legal_representative from casework_case where number = :n")
			.param("n", number)
			.query(String.class)
			.single();
	}

	private static Map<String, Object> organisation(String representative) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("applicantKind", "ORGANISATION");
		body.put("applicantName", "新田县法定代表人测试有限公司");
		body.put("creditCode", CREDIT_CODE);
		body.put("legalRepresentative", representative);
		body.put("contactName", "李四");
		body.put("contactPhone", "13800000000");
		body.put("itemCode", "XK-002");
		return body;
	}

}
