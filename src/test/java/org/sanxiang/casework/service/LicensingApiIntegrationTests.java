package org.sanxiang.casework.service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.casework.CaseDecided;
import org.sanxiang.casework.CaseId;
import org.sanxiang.catalog.CreditCode;
import org.sanxiang.catalog.IdNumber;
import org.sanxiang.support.FixedToday;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 行政许可办件 through the REST API on PostgreSQL: intake with checksum-validated applicants,
 * the lifecycle to archive, refusals by state and by rule, optimistic locking, the
 * applicant's progress lookup and the deemed acceptance sweep (行政许可法 第三十二条).
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class LicensingApiIntegrationTests {

	/**
	 * The shipped calendar covers 2026 only; the cases run on a fixed Monday so that no
	 * statutory period runs past it.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class OnAFixedDay {

		@Bean
		@Primary
		Clock fixedClock() {
			ZoneId china = ZoneId.of("Asia/Shanghai");
			return Clock.fixed(FixedToday.TODAY.atTime(10, 0).atZone(china).toInstant(), china);
		}

	}

	static final String PERSON_ID = "431128198001011" + "23" + IdNumber.checkCharacter("43112819800101123");

	static final String CREDIT_CODE = "91431128MA4L0000" + "1" + CreditCode.checkCharacter("91431128MA4L00001");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	DeemedAcceptanceSweep sweep;

	@Autowired
	ApplicationEvents events;

	// --- intake ---

	@Test
	void anIdNumberWithAWrongCheckDigitIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
		long before = cases();
		char wrong = PERSON_ID.charAt(17) == '1' ? '2' : '1';
		apply(person(PERSON_ID.substring(0, 17) + wrong, "XK-002")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"));
		apply(person("4311281980", "XK-002")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"));
		assertThat(cases()).isEqualTo(before);
	}

	@Test
	void aCreditCodeWithAWrongCheckCharacterOrAnItemThatIsNotALicenceIsRefused() throws Exception {
		long before = cases();
		char wrong = CREDIT_CODE.charAt(17) == '1' ? '2' : '1';
		apply(organisation(CREDIT_CODE.substring(0, 17) + wrong, "XK-002")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("creditCode"));
		apply(organisation(CREDIT_CODE, "CF-001")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("itemCode"));
		apply(organisation(CREDIT_CODE, "NOPE-9")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("itemCode"));
		Map<String, Object> noPhone = organisation(CREDIT_CODE, "XK-002");
		noPhone.remove("contactPhone");
		apply(noPhone).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("contactPhone"));
		assertThat(cases()).isEqualTo(before);
	}

	@Test
	void anApplicationGetsANumberAndAQueryCodeOfWhichOnlyAHashIsKept() throws Exception {
		JsonNode receipt = receipt(person(PERSON_ID, "XK-002"));
		assertThat(receipt.path("number").asString()).matches("XK-\\d{8}-\\d{4}");
		String code = receipt.path("queryCode").asString();
		assertThat(code).hasSize(Casework.QUERY_CODE_LENGTH);
		String stored = this.jdbc.sql("select query_code_hash from casework_case where number = :n")
			.param("n", receipt.path("number").asString())
			.query(String.class)
			.single();
		assertThat(stored).isNotEqualTo(code).hasSize(64);
	}

	// --- the lifecycle ---

	@Test
	void aNonMajorLicenceGoesFromApplicationToArchiveOverRest() throws Exception {
		String id = receipt(organisation(CREDIT_CODE, "XK-002")).path("id").asString();
		String today = LocalDate.now(this.clock).toString();
		paper(id, XK_002_MATERIALS);
		act(id, "accept", "CLERK", Map.of("revision", 0)).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("审查中"))
			.andExpect(jsonPath("$.allowedActions[*].action", hasItem("site-inspection")));
		act(id, "assign-officers", "DIRECTOR", Map.of("revision", 1, "officerIds", List.of("O-003", "O-004")))
			.andExpect(status().isOk());
		act(id, "site-inspection", "OFFICER",
				Map.of("revision", 2, "officerIds", List.of("O-003", "O-004"), "findings", "项目现场与申报材料一致"))
			.andExpect(status().isOk());
		act(id, "opinion", "OFFICER", Map.of("revision", 3, "opinion", "符合节能审查条件，拟准予", "proposeGrant", true))
			.andExpect(status().isOk());
		act(id, "grant", "DIRECTOR",
				Map.of("revision", 4, "text", "准予通过节能审查", "licenceNumber", "新发改能审〔2026〕1号", "validTo",
						LocalDate.now(this.clock).plusYears(2).toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("准予许可"))
			.andExpect(jsonPath("$.licence.number").value("新发改能审〔2026〕1号"));
		act(id, "deliver", "CLERK",
				Map.of("revision", 5, "delivery",
						Map.of("method", "DIRECT", "receiver", "李四", "signedOn", today, "noReceiptReason",
								"送达回证原件已入纸质卷，扫描件待补传")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("已送达"));
		act(id, "archive", "CLERK", Map.of("revision", 6)).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("已归档"))
			.andExpect(jsonPath("$.revision").value(7))
			.andExpect(jsonPath("$.timeline.length()").value(8));
		assertThat(this.jdbc.sql("select type from casework_event where case_id = cast(:id as uuid) order by seq")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("ApplicationReceived", "ApplicationAccepted", "OfficersAssigned",
					"SiteInspectionRecorded", "OpinionRecorded", "CaseDecided", "DecisionDelivered", "CaseArchived");
		this.mvc.perform(get("/api/v1/licensing/cases/" + id).with(user("officer1").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stateCode").value("Archived"));
	}

	@Test
	void aCorrectedApplicationIsAcceptedExtendedDeniedWithRemediesAndDeliveredByPost() throws Exception {
		String id = receipt(person(PERSON_ID, "XK-002")).path("id").asString();
		String today = LocalDate.now(this.clock).toString();
		// XK-32b: one notice listing everything missing; the corrected application
		// returns to
		// acceptance
		act(id, "request-correction", "CLERK", Map.of("revision", 0, "missing", List.of("节能报告", "项目备案证明")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("待补正"));
		act(id, "request-correction", "CLERK", Map.of("revision", 1, "missing", List.of("又一项")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.state").value("待补正"))
			.andExpect(jsonPath("$.allowed", hasItem("submit-correction")));
		// XK-32b: the corrected materials come with the correction (stage CORRECTION)
		paper(id, XK_002_MATERIALS);
		act(id, "submit-correction", "CLERK", Map.of("revision", 1)).andExpect(jsonPath("$.state").value("已接收"));
		act(id, "accept", "CLERK", Map.of("revision", 2)).andExpect(jsonPath("$.state").value("审查中"));
		// XK-42: extended once, by a 负责人, with the reason
		act(id, "extend", "DIRECTOR", Map.of("revision", 3)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("XK-42"));
		act(id, "extend", "DIRECTOR", Map.of("revision", 3, "reason", "需征求相关部门意见")).andExpect(status().isOk());
		act(id, "extend", "DIRECTOR", Map.of("revision", 4, "reason", "再次延期"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("XK-42"));
		act(id, "deny", "DIRECTOR", Map.of("revision", 4, "text", "项目能效水平未达到国家标准")).andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("不予许可"));
		act(id, "deliver", "CLERK", Map.of("revision", 5, "delivery", Map.of("method", "POSTAL")))
			.andExpect(status().isUnprocessableContent());
		// the postal receipt's scan, or why there is none (JL-2)
		act(id, "deliver", "CLERK",
				Map.of("revision", 5, "delivery",
						Map.of("method", "POSTAL", "trackingNumber", "1151234567890", "receivedOn", today)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("邮件回执扫描件")));
		act(id, "deliver", "CLERK",
				Map.of("revision", 5, "delivery", Map.of("method", "POSTAL", "trackingNumber", "1151234567890",
						"receivedOn", today, "noReceiptReason", "邮件回执尚未退回")))
			.andExpect(jsonPath("$.state").value("已送达"));
		JsonNode decided = this.json.readTree(this.jdbc
			.sql("select payload::text from casework_event where case_id = cast(:id as uuid) and type = 'CaseDecided'")
			.param("id", id)
			.query(String.class)
			.single());
		assertThat(decided.path("remedies").asString()).contains("行政复议").contains("行政诉讼");
		assertThat(this.events.stream(CaseDecided.class).filter(e -> e.caseId().toString().equals(id))).hasSize(1);
	}

	@Test
	void aMajorDecisionIsMadeOnlyAfterALegalReviewPassedItsText() throws Exception {
		// XK-001 企业投资项目核准 is a 重大执法决定 (SH-1): refused with 409 until a review passed
		String id = receipt(organisation(CREDIT_CODE, "XK-001")).path("id").asString();
		paper(id, "核准申请函", "项目申请报告", "依法应当附具的相关文件");
		act(id, "accept", "CLERK", Map.of("revision", 0)).andExpect(status().isOk());
		String text = "予以核准";
		Map<String, Object> grant = Map.of("revision", 1, "text", text, "licenceNumber", "新发改核〔2026〕1号", "validTo",
				LocalDate.now(this.clock).plusYears(2).toString());
		act(id, "grant", "DIRECTOR", grant).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("SH-1"))
			.andExpect(jsonPath("$.detail").value(containsString("未经法制审核或者审核未通过，不得作出决定")))
			.andExpect(jsonPath("$.state").value("审查中"));
		assertThat(state(id)).isEqualTo("UnderReview");

		String review = this.json
			.readTree(send("/api/v1/reviews", "officer1", "OFFICER", reviewPackage(id, text))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString())
			.path("id")
			.asString();
		List<Map<String, Object>> points = new ArrayList<>();
		for (String point : List.of("SUBJECT", "FACTS", "EVIDENCE", "LAW", "PROCEDURE", "DISCRETION", "DOCUMENTS")) {
			points.add(Map.of("point", point, "finding", "COMPLIANT"));
		}
		send("/api/v1/reviews/" + review + "/conclusion", "reviewer", "REVIEWER",
				Map.of("outcome", "PASSED", "points", points, "crimeSuspected", false))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PASSED"));
		act(id, "grant", "DIRECTOR", grant).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("准予许可"));
	}

	/** A complete review package for a grant of {@code text}, with one recording. */
	private Map<String, Object> reviewPackage(String caseId, String text) {
		UUID evidence = UUID.randomUUID();
		String hash = "c".repeat(56) + evidence.toString().substring(0, 8);
		java.sql.Timestamp at = java.sql.Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				insert into evidence_item (id, case_id, activity, captured_by, device, capture_start, capture_end,
				  file_name, media_type, size, sha256, sm3, blob_key, retention_end, uploaded_by, uploaded_at)
				values (:id, cast(:caseId as uuid), 'SITE_INSPECTION', '张建华', '执法记录仪', :at, :at, '现场核查.mp4',
				  'video/mp4', 1024, :hash, :hash, :hash, :retention, 'officer1', :at)""")
			.param("id", evidence)
			.param("caseId", caseId)
			.param("at", at)
			.param("hash", hash)
			.param("retention", LocalDate.now(this.clock).plusYears(30))
			.update();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("caseId", caseId);
		body.put("action", "准予许可");
		body.put("decisionText", text);
		body.put("factsSummary", "项目属县级核准范围，材料齐全");
		body.put("legalBases", List.of(Map.of("law", "《企业投资项目核准和备案管理条例》（国务院令第673号）", "article", "第三条")));
		body.put("discretionApplied", "不涉及裁量");
		body.put("evidenceIds", List.of(evidence.toString()));
		body.put("handlingUnitOpinion", "拟予核准");
		body.put("handlingUnitHeadOpinion", "同意");
		body.put("reviewer", "reviewer");
		return body;
	}

	private ResultActions send(String path, String account, String role, Object body) throws Exception {
		return this.mvc.perform(post(path).with(user(account).roles(role))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
	}

	@Test
	void aSiteCheckWithASuspendedOfficerIsRefusedWithTheRule() throws Exception {
		String id = receipt(organisation(CREDIT_CODE, "XK-002")).path("id").asString();
		paper(id, XK_002_MATERIALS);
		act(id, "accept", "CLERK", Map.of("revision", 0)).andExpect(status().isOk());
		act(id, "site-inspection", "OFFICER",
				Map.of("revision", 1, "officerIds", List.of("O-003", "O-005"), "findings", "现场核查"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("XK-34"))
			.andExpect(jsonPath("$.article").isNotEmpty());
	}

	@Test
	void anActionTheStateDoesNotAllowIs409NamingTheStateAndTheAllowedActions() throws Exception {
		String id = receipt(person(PERSON_ID, "XK-002")).path("id").asString();
		act(id, "archive", "CLERK", Map.of("revision", 0)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.state").value("已接收"))
			.andExpect(jsonPath("$.allowed", hasItem("accept")))
			.andExpect(jsonPath("$.detail", matchesPattern(".*已接收.*")));
		assertThat(state(id)).isEqualTo("Received");
	}

	@Test
	void aStaleRevisionIs409AndChangesNothing() throws Exception {
		String id = receipt(person(PERSON_ID, "XK-002")).path("id").asString();
		paper(id, XK_002_MATERIALS);
		act(id, "accept", "CLERK", Map.of("revision", 0)).andExpect(status().isOk());
		act(id, "not-accept", "CLERK", Map.of("revision", 0, "ground", "OTHER", "reason", "材料不全"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("revision"));
		assertThat(state(id)).isEqualTo("UnderReview");
	}

	@Test
	void staffActOnlyWithTheRoleTheActionNeedsAndCasesAreNotPublic() throws Exception {
		String id = receipt(person(PERSON_ID, "XK-002")).path("id").asString();
		act(id, "accept", "OFFICER", Map.of("revision", 0)).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/licensing/cases/" + id)).andExpect(status().isUnauthorized());
		assertThat(state(id)).isEqualTo("Received");
	}

	// --- the applicant's progress ---

	@Test
	void theApplicantFollowsProgressWithTheQueryCodeAndAWrongCodeLooksLikeAnUnknownNumber() throws Exception {
		JsonNode receipt = receipt(person(PERSON_ID, "XK-002"));
		String number = receipt.path("number").asString();
		this.mvc
			.perform(get("/api/v1/public/progress").param("number", number)
				.param("code", receipt.path("queryCode").asString().toLowerCase()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("已接收"))
			.andExpect(jsonPath("$.applicant").value("张三"))
			.andExpect(jsonPath("$.explanation").isNotEmpty())
			.andExpect(jsonPath("$.correctionNoticeBy").isNotEmpty())
			.andExpect(jsonPath("$.idNumber").doesNotExist())
			.andExpect(jsonPath("$.contactPhone").doesNotExist());
		this.mvc.perform(get("/api/v1/public/progress").param("number", number).param("code", "WRONG123"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/public/progress").param("number", "XK-20990101-9999").param("code", "WRONG123"))
			.andExpect(status().isNotFound());
	}

	// --- 视为受理 (XK-32b) ---

	@Test
	void anApplicationWithoutACorrectionNoticeWithinFiveWorkingDaysIsAcceptedOnTheDayOfReceipt() throws Exception {
		// 行政许可法 第三十二条第一款第（四）项: 逾期不告知的，自收到申请材料之日起即为受理
		String id = receipt(person(PERSON_ID, "XK-002")).path("id").asString();
		this.sweep.sweep(this.clock);
		assertThat(state(id)).isEqualTo("Received");
		this.sweep.sweep(Clock.offset(this.clock, Duration.ofDays(10)));
		assertThat(state(id)).isEqualTo("UnderReview");
		JsonNode accepted = this.json.readTree(
				this.jdbc.sql("select payload::text from casework_event where case_id = cast(:id as uuid) and seq = 1")
					.param("id", id)
					.query(String.class)
					.single());
		assertThat(accepted.path("deemed").asBoolean()).isTrue();
		assertThat(accepted.path("acceptedOn").asString()).isEqualTo(LocalDate.now(this.clock).toString());
		assertThat(accepted.path("rule").asString()).isEqualTo("XK-32b");
		assertThat(accepted.path("recorded").path("actor").path("account").asString()).isEqualTo("system");
	}

	@Test
	void theOpenApiDocumentDescribesEveryActionAndItsPreconditions() throws Exception {
		String doc = this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(doc).contains("行政许可办件", "/api/v1/licensing/cases/{id}/actions/{action}", "/api/v1/public/progress");
		for (LicensingAction action : LicensingAction.values()) {
			assertThat(doc).contains(action.path());
		}
	}

	// --- helpers ---

	/** The required materials of XK-002 in the demo catalog (CatalogDemoData). */
	static final String[] XK_002_MATERIALS = { "节能审查申请书", "节能报告" };

	/** The clerk records each material as a paper original checked at the window. */
	private void paper(String id, String... names) throws Exception {
		for (String name : names) {
			this.mvc
				.perform(multipart("/api/v1/licensing/cases/" + id + "/materials").param("materialName", name)
					.param("paper", "true")
					.with(user("clerk").roles("CLERK"))
					.with(csrf()))
				.andExpect(status().isCreated());
		}
	}

	private Map<String, Object> person(String idNumber, String item) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("applicantKind", "PERSON");
		body.put("applicantName", "张三");
		body.put("idNumber", idNumber);
		body.put("contactName", "张三");
		body.put("contactPhone", "0746-1234567");
		body.put("itemCode", item);
		return body;
	}

	private Map<String, Object> organisation(String creditCode, String item) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("applicantKind", "ORGANISATION");
		body.put("applicantName", "新田县示例能源有限公司");
		body.put("creditCode", creditCode);
		body.put("contactName", "李四");
		body.put("contactPhone", "13800000000");
		body.put("itemCode", item);
		return body;
	}

	private ResultActions apply(Map<String, Object> body) throws Exception {
		return this.mvc.perform(post("/api/v1/licensing/applications").contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
	}

	private JsonNode receipt(Map<String, Object> body) throws Exception {
		String response = apply(body).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return this.json.readTree(response);
	}

	private ResultActions act(String id, String action, String role, Map<String, Object> body) throws Exception {
		return this.mvc.perform(
				post("/api/v1/licensing/cases/" + id + "/actions/" + action).with(user(role.toLowerCase()).roles(role))
					.with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content(this.json.writeValueAsString(body)));
	}

	private String state(String id) {
		return this.jdbc.sql("select state from casework_case where id = :id")
			.param("id", CaseId.of(id).value())
			.query(String.class)
			.single();
	}

	private long cases() {
		return this.jdbc.sql("select count(*) from casework_case").query(Long.class).single();
	}

}
