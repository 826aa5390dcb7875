package org.sanxiang.casework.service;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.CaseId;
import org.sanxiang.identity.Role;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Test fixture: the window clerk checks the paper originals of every required material of
 * a received case's item that has not arrived yet, as a clerk does before accepting —
 * acceptance is refused while one is missing (行政许可法 第三十二条, XK-32b). The list comes from
 * the case's item (第三十条), so the fixture fits any item. Tests of the refusal itself leave
 * the materials out on purpose.
 */
final class RequiredMaterials {

	private static final Actor CLERK = Actor.staff("clerk", "李静（示例）", Role.CLERK);

	private RequiredMaterials() {
	}

	/** Through the service, as the window clerk. */
	static void checkedOnPaper(Casework casework, CaseId id) {
		List<MaterialSubmission> missing = casework.missingMaterials(casework.find(id).licensingCase())
			.stream()
			.map(MaterialSubmission::paper)
			.toList();
		if (!missing.isEmpty()) {
			casework.receiveMaterials(id, missing, CLERK);
		}
	}

	/**
	 * Over REST, as {@code clerk} (for example {@code httpBasic("clerk", "demo")}): reads
	 * the case's checklist ({@code missing}) and records each material with
	 * {@code paper=true}.
	 */
	static void checkedOnPaper(MockMvc mvc, JsonMapper json, String id, RequestPostProcessor clerk) throws Exception {
		String materials = mvc.perform(get("/api/v1/licensing/cases/" + id + "/materials").with(clerk))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (JsonNode name : json.readTree(materials).path("missing")) {
			mvc.perform(multipart("/api/v1/licensing/cases/" + id + "/materials").param("materialName", name.asString())
				.param("paper", "true")
				.with(clerk)).andExpect(status().isCreated());
		}
	}

}
