package org.sanxiang.review;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.catalog.CreditCode;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Major cases of XK-001 企业投资项目核准 (in the legal-review catalogue, SH-2) at the decision
 * stage, made through casework's REST API like any other: received, its materials handed
 * in on paper, accepted, officers O-003 and O-004 assigned, and a site-inspection video
 * in the evidence store (uploaded by officer1).
 */
final class MajorCases {

	static final String ITEM = "XK-001";

	static final String BASIS_LAW = "《企业投资项目核准和备案管理条例》（国务院令第673号）";

	private static final AtomicInteger applicants = new AtomicInteger();

	private final MockMvc mvc;

	private final JsonMapper json;

	private final JdbcClient jdbc;

	MajorCases(MockMvc mvc, JsonMapper json, JdbcClient jdbc) {
		this.mvc = mvc;
		this.json = json;
		this.jdbc = jdbc;
	}

	/** A case made for a test: its id, public number and its evidence. */
	record MajorCase(String id, String number, String evidenceId, String evidenceName) {
	}

	/** A major case awaiting its decision, with one piece of evidence. */
	MajorCase atDecision(String applicant) throws Exception {
		String code = "91431128MA4R" + String.format("%04d", applicants.incrementAndGet()) + "7";
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("applicantKind", "ORGANISATION");
		body.put("applicantName", applicant);
		body.put("creditCode", code + CreditCode.checkCharacter(code));
		body.put("contactName", "李四");
		body.put("contactPhone", "13800000000");
		body.put("itemCode", ITEM);
		JsonNode receipt = this.json.readTree(this.mvc
			.perform(post("/api/v1/licensing/applications").contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		String id = receipt.path("id").asString();
		for (String name : List.of("核准申请函", "项目申请报告", "依法应当附具的相关文件")) {
			this.mvc
				.perform(multipart("/api/v1/licensing/cases/" + id + "/materials").param("materialName", name)
					.param("paper", "true")
					.with(user("clerk").roles("CLERK"))
					.with(csrf()))
				.andExpect(status().isCreated());
		}
		act(id, "accept", "clerk", "CLERK", Map.of("revision", 0));
		act(id, "assign-officers", "director", "DIRECTOR",
				Map.of("revision", 1, "officerIds", List.of("O-003", "O-004")));
		String name = "现场核查-" + applicants.get() + ".mp4";
		return new MajorCase(id, receipt.path("number").asString(), evidence(id, name), name);
	}

	private void act(String id, String action, String account, String role, Map<String, Object> body) throws Exception {
		this.mvc
			.perform(post("/api/v1/licensing/cases/" + id + "/actions/" + action).with(user(account).roles(role))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)))
			.andExpect(status().isOk());
	}

	/** A site-inspection video of the case as the evidence module keeps it. */
	private String evidence(String caseId, String fileName) {
		UUID id = UUID.randomUUID();
		String hash = "c".repeat(32) + id.toString().replace("-", "");
		Timestamp at = Timestamp.from(ReviewConsoleDay.MONDAY.atTime(9, 0).atZone(ReviewConsoleDay.CHINA).toInstant());
		this.jdbc.sql("""
				insert into evidence_item (id, case_id, activity, captured_by, device, capture_start, capture_end,
				  file_name, media_type, size, sha256, sm3, blob_key, retention_end, uploaded_by, uploaded_at)
				values (:id, :caseId, 'SITE_INSPECTION', '张建华', '执法记录仪', :at, :at, :name, 'video/mp4', 1024,
				  :hash, :hash, :hash, :retention, 'officer1', :at)""")
			.param("id", id)
			.param("caseId", UUID.fromString(caseId))
			.param("at", at)
			.param("name", fileName)
			.param("hash", hash)
			.param("retention", ReviewConsoleDay.MONDAY.plusYears(30))
			.update();
		return id.toString();
	}

	/**
	 * A staff account with these roles (the tests sign in as it; the password is unused).
	 */
	void staffAccount(String username, String... roles) {
		this.jdbc.sql("""
				insert into identity_user (username, display_name, password_hash, enabled, unit_code, created_at,
				  updated_at)
				select :username, :username, '{noop}unused', true, 'FGG', now(), now()
				where not exists (select 1 from identity_user where lower(username) = lower(:username))""")
			.param("username", username)
			.update();
		for (String role : roles) {
			this.jdbc.sql("""
					insert into identity_user_role (user_id, role)
					select id, :role from identity_user where lower(username) = lower(:username)
					on conflict do nothing""").param("username", username).param("role", role).update();
		}
	}

}
