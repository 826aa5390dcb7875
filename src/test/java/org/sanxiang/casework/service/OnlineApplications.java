package org.sanxiang.casework.service;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Test fixture: an organisation applies online over REST (JSON, no materials). */
final class OnlineApplications {

	private OnlineApplications() {
	}

	/** Applies for {@code item} as {@code applicant}; the new case's id. */
	static String organisation(MockMvc mvc, JsonMapper json, String applicant, String creditCode, String item)
			throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("applicantKind", "ORGANISATION");
		body.put("applicantName", applicant);
		body.put("creditCode", creditCode);
		body.put("contactName", "李四");
		body.put("contactPhone", "13800000000");
		body.put("itemCode", item);
		String response = mvc
			.perform(post("/api/v1/licensing/applications").contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(response).path("id").asString();
	}

}
