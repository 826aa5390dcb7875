package org.sanxiang.casework.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.catalog.CreditCode;
import org.sanxiang.evidence.EvidenceFixtures;
import org.sanxiang.evidence.Tus;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audio/video gates through REST on PostgreSQL, with recordings uploaded over real
 * HTTP (tus) as a field officer's device does: a case marked as touching personal
 * liberty, life and health, or major property needs recordings that cover its site check
 * from start to end (JL-4); 留置送达 and 公告送达 need a recording of the delivery (JL-3b); a
 * reason a 负责人 approved lifts either (JL-5). The platform's day is Mon 1 Jun 2026, 10:00.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
@Import(ConsoleFixedDay.class)
class RecordingGatesApiIntegrationTests {

	static final String CREDIT_CODE = "91431128MA4L0000" + "3" + CreditCode.checkCharacter("91431128MA4L00003");

	static final List<String> INSPECTORS = List.of("O-003", "O-004");

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	Tus officer;

	@BeforeEach
	void client() {
		this.officer = new Tus(this.port, "officer1");
	}

	@Test
	void aMarkedCasesSiteCheckIsRefusedUntilItsRecordingsCoverItWithoutAGap() throws Exception {
		String id = accepted("新田县示例化工有限公司");
		act(id, "mark-full-recording", "officer1", Map.of("revision", 2, "reason", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("JL-4"));
		act(id, "mark-full-recording", "officer1", Map.of("revision", 2, "reason", "核查时须暂扣危险化学品储罐，涉及重大财产权益"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fullRecording").value("核查时须暂扣危险化学品储罐，涉及重大财产权益"))
			.andExpect(jsonPath("$.allowedActions[*].action", not(hasItem("mark-full-recording"))));
		assertThat(this.jdbc.sql("select full_recording from casework_case where id = cast(:id as uuid)")
			.param("id", id)
			.query(Boolean.class)
			.single()).isTrue();

		Map<String, Object> inspection = new LinkedHashMap<>(
				Map.of("revision", 3, "officerIds", INSPECTORS, "findings", "储罐数量、位置与申报一致"));
		// XK-002 asks no recording of its site checks; the mark does, and from start to
		// end
		act(id, "site-inspection", "officer1", inspection).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("JL-4"))
			.andExpect(jsonPath("$.detail", containsString("请填写活动开始时间和结束时间")));

		upload(id, "现场检查", "2026-06-01T09:00:00+08:00", "2026-06-01T09:20:00+08:00");
		upload(id, "现场检查", "2026-06-01T09:25:00+08:00", "2026-06-01T09:50:00+08:00");
		inspection.put("activityStart", "2026-06-01T09:00");
		inspection.put("activityEnd", "2026-06-01T09:50");
		act(id, "site-inspection", "officer1", inspection).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("JL-4"))
			.andExpect(jsonPath("$.title").value("不符合法定规则"))
			.andExpect(jsonPath("$.detail", containsString("录音录像未覆盖 2026-06-01 09:20:00 至 09:25:00")))
			.andExpect(jsonPath("$.article", containsString("全程音像记录")));
		assertThat(events(id)).doesNotContain("SiteInspectionRecorded");

		inspection.put("activityStart", "2026-06-01 09:00:xx");
		act(id, "site-inspection", "officer1", inspection).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("activityStart"));

		// the second device's recording of the gap
		upload(id, "现场检查", "2026-06-01T09:19:30+08:00", "2026-06-01T09:25:30+08:00");
		inspection.put("activityStart", "2026-06-01T09:00:00+08:00");
		act(id, "site-inspection", "officer1", inspection).andExpect(status().isOk());
		JsonNode recorded = payload(id, "SiteInspectionRecorded");
		assertThat(recorded.path("startedAt").asString()).isEqualTo("2026-06-01T01:00:00Z");
		assertThat(recorded.path("endedAt").asString()).isEqualTo("2026-06-01T01:50:00Z");
		assertThat(events(id)).containsSubsequence("FullRecordingMarked", "SiteInspectionRecorded");
		assertThat(journaled(id, "FullRecordingMarked")).isEqualTo(1);
	}

	@Test
	void deliveryLeftAtTheAddressNeedsARecordingOfTheDeliveryAttachedToTheCase() throws Exception {
		String id = granted("新田县示例建材有限公司");
		Map<String, Object> left = Map.of("revision", 4, "delivery",
				Map.of("method", "LEFT_AT_ADDRESS", "receiver", "王五", "witness", "龙泉镇某村村委会主任", "leftOn", "2026-06-01"));
		act(id, "deliver", "clerk", left).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("JL-3"))
			.andExpect(jsonPath("$.detail", containsString("“送达”应当进行音像记录")));
		// a recording of another activity does not count
		upload(id, "现场检查", "2026-06-01T09:00:00+08:00", "2026-06-01T09:10:00+08:00");
		act(id, "deliver", "clerk", left).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("JL-3"));

		upload(id, "送达", "2026-06-01T09:30:00+08:00", "2026-06-01T09:40:00+08:00");
		act(id, "deliver", "clerk", left).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("已送达"));
		assertThat(payload(id, "DecisionDelivered").path("proof").asString()).contains("王五", "龙泉镇某村村委会主任", "音像记录");
	}

	@Test
	void aMarkedCasesDeliveryByNoticeIsRefusedWithoutFullRecordingUntilADirectorApprovesAReason() throws Exception {
		String id = granted("新田县示例矿业有限公司");
		act(id, "mark-full-recording", "officer1", Map.of("revision", 4, "reason", "公告送达涉及责令停止使用的矿山设备"))
			.andExpect(status().isOk());
		Map<String, Object> notice = Map.of("revision", 5, "activityStart", "2026-06-01T08:00", "activityEnd",
				"2026-06-01T08:30", "delivery", Map.of("method", "PUBLIC", "whyOtherMethodsFailed", "受送达人下落不明",
						"medium", "新田县人民政府门户网站及其住所地张贴", "publishedOn", "2026-06-01"));
		upload(id, "送达", "2026-06-01T08:00:00+08:00", "2026-06-01T08:12:00+08:00");
		act(id, "deliver", "clerk", notice).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("JL-4"))
			.andExpect(jsonPath("$.detail", containsString("2026-06-01 08:12:00 至 08:30:00")));

		this.mvc
			.perform(post("/api/v1/evidence/exemptions").with(httpBasic("director", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(
						Map.of("caseId", id, "activity", "SERVICE", "reason", "张贴时执法记录仪存储卡已满，08:12 后由两名执法人员拍照记录"))))
			.andExpect(status().isCreated());
		// the posting's record now stands; the notice delivers 30 days after it was
		// posted
		// (民事诉讼法 第九十五条), so not yet
		act(id, "deliver", "clerk", notice).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("2026-07-01 视为送达")))
			.andExpect(jsonPath("$.article", containsString("第九十五条")));
		assertThat(events(id)).doesNotContain("DecisionDelivered");
	}

	@Test
	void aDirectDeliveryNamesTheScanOfItsSignedReceiptAmongTheCasesEvidenceAndTheDeliveryCarriesIt() throws Exception {
		String id = granted("新田县示例纸业有限公司");
		Map<String, Object> delivery = new LinkedHashMap<>(
				Map.of("method", "DIRECT", "receiver", "赵六", "signedOn", "2026-06-01"));
		Map<String, Object> body = new LinkedHashMap<>(Map.of("revision", 4, "delivery", delivery));
		// JL-2: the signed 送达回证's scan, or why there is none
		act(id, "deliver", "clerk", body).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("签收的送达回证扫描件")));

		// a scan of another activity, a recording of the delivery, an unknown id: refused
		String inspection = scan(id, "现场检查", "现场核查笔录.pdf");
		delivery.put("receiptEvidence", List.of(inspection));
		act(id, "deliver", "clerk", body).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("不是本案“送达”活动的证据")));
		upload(id, "送达", "2026-06-01T09:30:00+08:00", "2026-06-01T09:40:00+08:00");
		String video = this.jdbc.sql(
				"select cast(id as text) from evidence_item where case_id = cast(:id as uuid) and activity = 'SERVICE'")
			.param("id", id)
			.query(String.class)
			.single();
		delivery.put("receiptEvidence", List.of(video));
		act(id, "deliver", "clerk", body).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("是录音录像")));
		delivery.put("receiptEvidence", List.of("00000000-0000-4000-8000-000000000000"));
		act(id, "deliver", "clerk", body).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("不存在或已删除")));

		// the day of delivery is the signature's: another day typed beside it is refused
		String receipt = scan(id, "送达", "送达回证（签收）.pdf");
		delivery.put("receiptEvidence", List.of(receipt));
		body.put("on", "2026-05-29");
		act(id, "deliver", "clerk", body).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("送达回证上的签收日期为准，即 2026-06-01")));
		body.remove("on");
		act(id, "deliver", "clerk", body).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("已送达"));

		JsonNode delivered = payload(id, "DecisionDelivered");
		assertThat(delivered.path("deliveredOn").asString()).isEqualTo("2026-06-01");
		assertThat(delivered.path("receiptEvidence").get(0).asString()).isEqualTo(receipt);
		assertThat(this.jdbc
			.sql("select entry from journal_entry where case_id = cast(:id as uuid) and type = 'DecisionDelivered'")
			.param("id", id)
			.query(String.class)
			.single()).contains(receipt);
	}

	// --- helpers ---

	/** Applied online, materials checked on paper, accepted, officers O-003 and O-004. */
	private String accepted(String applicant) throws Exception {
		String id = OnlineApplications.organisation(this.mvc, this.json, applicant, CREDIT_CODE, "XK-002");
		RequiredMaterials.checkedOnPaper(this.mvc, this.json, id, httpBasic("clerk", "demo"));
		act(id, "accept", "clerk", Map.of("revision", 0)).andExpect(status().isOk());
		act(id, "assign-officers", "director", Map.of("revision", 1, "officerIds", INSPECTORS))
			.andExpect(status().isOk());
		return id;
	}

	/** Accepted, an opinion in, granted (revision 4). */
	private String granted(String applicant) throws Exception {
		String id = accepted(applicant);
		act(id, "opinion", "officer1", Map.of("revision", 2, "opinion", "符合节能审查条件，拟准予")).andExpect(status().isOk());
		act(id, "grant", "director", Map.of("revision", 3, "text", "准予通过节能审查", "licenceNumber",
				"新发改能审〔2026〕" + applicant.length() + "号", "validTo", "2028-05-31"))
			.andExpect(status().isOk());
		return id;
	}

	/** A scanned paper of {@code activity} of the case (a PDF), over tus; its id. */
	private String scan(String caseId, String activity, String fileName) throws Exception {
		Map<String, String> metadata = Tus.metadata(fileName);
		metadata.put("caseId", caseId);
		metadata.put("activity", activity);
		metadata.put("device", "扫描仪");
		metadata.put("captureStart", "2026-06-01T09:50:00+08:00");
		metadata.put("captureEnd", "2026-06-01T09:51:00+08:00");
		return this.officer.upload(("%PDF-1.4\n% " + caseId + " " + fileName + "\n%%EOF\n").getBytes(UTF_8), metadata);
	}

	/** A video of {@code activity} of the case, captured over [start, end], over tus. */
	private void upload(String caseId, String activity, String start, String end) throws Exception {
		Map<String, String> metadata = Tus.metadata(activity + ".mp4");
		metadata.put("caseId", caseId);
		metadata.put("activity", activity);
		metadata.put("captureStart", start);
		metadata.put("captureEnd", end);
		this.officer.upload(EvidenceFixtures.mp4(64 * 1024, start.hashCode()), metadata);
	}

	private ResultActions act(String id, String action, String user, Map<String, Object> body) throws Exception {
		return this.mvc
			.perform(post("/api/v1/licensing/cases/" + id + "/actions/" + action).with(httpBasic(user, "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)));
	}

	private List<String> events(String id) {
		return this.jdbc.sql("select type from casework_event where case_id = cast(:id as uuid) order by seq")
			.param("id", id)
			.query(String.class)
			.list();
	}

	private JsonNode payload(String id, String type) {
		return this.json.readTree(this.jdbc
			.sql("select payload::text from casework_event where case_id = cast(:id as uuid) and type = :type "
					+ "order by seq desc limit 1")
			.param("id", id)
			.param("type", type)
			.query(String.class)
			.single());
	}

	private long journaled(String id, String type) {
		return this.jdbc.sql("select count(*) from journal_entry where case_id = cast(:id as uuid) and type = :type")
			.param("id", id)
			.param("type", type)
			.query(Long.class)
			.single();
	}

}
