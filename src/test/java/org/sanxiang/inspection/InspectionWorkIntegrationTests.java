package org.sanxiang.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.sanxiang.evidence.Activity;
import org.sanxiang.evidence.EvidenceFixtures;
import org.sanxiang.evidence.EvidenceVault;
import org.sanxiang.evidence.Tus;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Recording a drawn inspection through the API on PostgreSQL: the demo officers O-003
 * (officer1) and O-004 (officer2) hold valid certificates, O-005's is 暂扣 and O-006's
 * expired; a result is refused with its reason until two drawn, certified inspectors
 * report it with a recording of the visit held, and then it is recorded once and
 * journaled (JL-3, JL-7, ZJ-1).
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
class InspectionWorkIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	InspectionStore store;

	@Autowired
	InspectionRecords records;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EvidenceVault vault;

	@LocalServerPort
	int port;

	LocalDate today;

	@BeforeEach
	void today() {
		this.today = LocalDate.now(this.clock);
	}

	@Test
	void refusesAResultReportedByOneInspector() throws Exception {
		UUID id = drawn(List.of("O-003", "O-004"));
		withRecording(id);
		record("officer1", id, body(this.today, List.of("O-003"), "未发现问题", null, null)).andExpect(status().is(422))
			.andExpect(jsonPath("$.errors[*].field", hasItem("inspectors")))
			.andExpect(jsonPath("$.detail", containsString("两名以上执法人员")));
		assertThat(this.records.of(id)).isEmpty();
	}

	@Test
	void refusesAnInspectorWhoWasNotDrawnForTheTarget() throws Exception {
		UUID id = drawn(List.of("O-003", "O-004"));
		withRecording(id);
		record("officer1", id, body(this.today, List.of("O-003", "O-001"), "未发现问题", null, null))
			.andExpect(status().is(422))
			.andExpect(jsonPath("$.errors[*].message", hasItem("执法人员 李明远 不是本检查对象随机抽取的检查人员")))
			// someone else present does not make up the two drawn inspectors
			.andExpect(jsonPath("$.errors[*].message", hasItem(containsString("本次仅 1 名"))));
		assertThat(this.records.of(id)).isEmpty();
	}

	@Test
	void refusesInspectorsWhoseCertificateIsNotValidOnTheDay() throws Exception {
		UUID suspended = drawn(List.of("O-003", "O-005"));
		withRecording(suspended);
		record("officer1", suspended, body(this.today, List.of("O-003", "O-005"), "未发现问题", null, null))
			.andExpect(status().is(422))
			.andExpect(jsonPath("$.errors[*].message", hasItem("执法人员 陈志刚 的执法证在检查当日无效（已暂扣）")));
		UUID expired = drawn(List.of("O-003", "O-006"));
		withRecording(expired);
		record("officer1", expired, body(this.today, List.of("O-003", "O-006"), "未发现问题", null, null))
			.andExpect(status().is(422))
			.andExpect(jsonPath("$.errors[*].message", hasItem("执法人员 周丽娟 的执法证在检查当日无效（已过期，有效期至 2022-10-31）")));
		assertThat(this.records.of(suspended)).isEmpty();
		assertThat(this.records.of(expired)).isEmpty();
	}

	@Test
	void refusesAResultWithoutARecordingOfTheVisitThenRecordsItOnceWithOne() throws Exception {
		UUID id = drawn(List.of("O-003", "O-004"));
		String result = body(this.today, List.of("O-003", "O-004"), "责令整改", null, this.today.plusDays(15));
		record("officer1", id, result).andExpect(status().is(422))
			.andExpect(jsonPath("$.errors[*].field", hasItem("evidence")))
			.andExpect(jsonPath("$.errors[*].message", hasItem(InspectionWork.EVIDENCE_MISSING)));
		// a photo is evidence, but not a recording of the visit
		upload(id, "现场照片.png", EvidenceFixtures.png(2048, 7), "随机抽查");
		// a video of another activity does not count either
		upload(id, "现场检查录像.mp4", EvidenceFixtures.mp4(4096, 8), "现场检查");
		record("officer1", id, result).andExpect(status().is(422))
			.andExpect(jsonPath("$.errors[*].field", hasItem("evidence")));
		assertThat(this.records.of(id)).isEmpty();

		upload(id, "随机抽查录像.mp4", EvidenceFixtures.mp4(4096, 9), "随机抽查");
		record("officer1", id, result).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("已登记"))
			.andExpect(jsonPath("$.record.result").value("责令整改"))
			.andExpect(jsonPath("$.record.rectifyBy").value(this.today.plusDays(15).toString()))
			.andExpect(jsonPath("$.record.inspectors[0].certificateNumber").value("43112823003"))
			.andExpect(jsonPath("$.record.inspectors[1].certificateNumber").value("43112824004"))
			.andExpect(jsonPath("$.record.recordedBy").value("officer1"));

		record("officer2", id, result).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("不能重复登记")));
		assertThat(this.jdbc
			.sql("select count(*) from journal_entry where type = 'InspectionRecorded' and case_id = :id "
					+ "and actor = 'officer1'")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
		this.mvc.perform(get("/api/v1/inspection/inspections/" + id).with(httpBasic("officer2", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.record.findings").value("检查情况：已核对建设地点和建设内容。"));
		this.mvc.perform(get("/api/v1/inspection/inspections?mine=true").with(httpBasic("officer2", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].assignmentId", hasItem(id.toString())));
	}

	@Test
	void anExemptionApprovedByADirectorStandsInForTheRecording() throws Exception {
		UUID id = drawn(List.of("O-003", "O-004"));
		this.vault.approveRecordingExemption(id, Activity.RANDOM_INSPECTION, "执法记录仪故障，已报告", "director");
		record("officer2", id, body(this.today, List.of("O-003", "O-004"), "未发现问题", null, null))
			.andExpect(status().isCreated());
	}

	@Test
	void refusesTheResultOfACancelledPlan() throws Exception {
		InspectionFixtures.Drawn drawn = InspectionFixtures.drawnPlan(this.store, this.tx, this.clock,
				List.of(List.of("O-003", "O-004")));
		withRecording(drawn.assignment(0));
		this.tx
			.executeWithoutResult(s -> this.store.cancel(drawn.plan().id(), "director", this.clock.instant(), "测试作废"));
		record("officer1", drawn.assignment(0), body(this.today, List.of("O-003", "O-004"), "未发现问题", null, null))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("已作废")));
	}

	@Test
	void onlyTheDrawnInspectorsRecordTheResult() throws Exception {
		UUID id = drawn(List.of("O-003", "O-004"));
		withRecording(id);
		record("director", id, body(this.today, List.of("O-003", "O-004"), "未发现问题", null, null))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("只有本次随机抽取的执法人员才能登记检查结果")));
		record("reviewer", id, body(this.today, List.of("O-003", "O-004"), "未发现问题", null, null))
			.andExpect(status().isForbidden());
		assertThat(this.records.of(id)).isEmpty();
	}

	@Test
	void refusesDatesOutsideThePeriodAndResultsWithoutWhatTheyRequire() throws Exception {
		UUID id = drawn(List.of("O-003", "O-004"));
		withRecording(id);
		List<String> both = List.of("O-003", "O-004");
		record("officer1", id, body(this.today.plusDays(1), both, "未发现问题", null, null)).andExpect(status().is(422))
			.andExpect(jsonPath("$.errors[0].field").value("inspectedOn"))
			.andExpect(jsonPath("$.errors[0].message", containsString("不能晚于今天")));
		record("officer1", id, body(this.today.minusDays(11), both, "未发现问题", null, null)).andExpect(status().is(422))
			.andExpect(jsonPath("$.errors[0].message", containsString("检查期间内")));
		record("officer1", id, body(this.today, both, "责令整改", null, this.today)).andExpect(status().is(422))
			.andExpect(jsonPath("$.errors[0].field").value("rectifyBy"));
		record("officer1", id, body(this.today, both, "移送立案", null, null)).andExpect(status().is(422))
			.andExpect(jsonPath("$.errors[0].field").value("followUp"));
		record("officer1", id, body(this.today, both, "其他", null, null)).andExpect(status().is(422))
			.andExpect(jsonPath("$.errors[0].field").value("followUp"));
		record("officer1", id, body(this.today, both, "不合格", null, null)).andExpect(status().is(422))
			.andExpect(jsonPath("$.errors[0].field").value("result"));
		record("officer1", id,
				"{\"inspectedOn\":\"" + this.today + "\",\"inspectors\":[{\"officerId\":\"O-003\"},"
						+ "{\"officerId\":\"O-004\"}],\"result\":\"未发现问题\",\"findings\":\"" + "查".repeat(4001) + "\"}")
			.andExpect(status().is(422))
			.andExpect(jsonPath("$.errors[0].field").value("findings"));
		record("officer1", id,
				"{\"inspectedOn\":\"" + this.today + "\",\"inspectors\":[{\"officerId\":\"O-003\","
						+ "\"certificateNumber\":\"43112823999\"},{\"officerId\":\"O-004\"}],\"result\":\"未发现问题\","
						+ "\"findings\":\"正常\"}")
			.andExpect(status().is(422))
			.andExpect(jsonPath("$.errors[0].message", containsString("与名录记载的 43112823003 不符")));
		assertThat(this.records.of(id)).isEmpty();
		record("officer1", id, body(this.today, both, "移送立案", "移送县市场监督管理局立案查处（未按核准内容建设）", null))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.record.followUp").value("移送县市场监督管理局立案查处（未按核准内容建设）"));
	}

	@Test
	void anUnknownAssignmentIsNotFound() throws Exception {
		record("officer1", UUID.randomUUID(), body(this.today, List.of("O-003", "O-004"), "未发现问题", null, null))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/inspection/inspections/" + UUID.randomUUID()).with(httpBasic("officer1", "demo")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theInspectionsApiIsDocumented() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("双随机抽查：检查执行")))
			.andExpect(content().string(containsString("/api/v1/inspection/inspections/{assignmentId}")))
			.andExpect(content().string(containsString("登记检查结果")));
	}

	private UUID drawn(List<String> inspectors) {
		return InspectionFixtures.drawnPlan(this.store, this.tx, this.clock, List.of(inspectors)).assignment(0);
	}

	private ResultActions record(String user, UUID id, String json) throws Exception {
		return this.mvc.perform(post("/api/v1/inspection/inspections/" + id).with(httpBasic(user, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private static String body(LocalDate on, List<String> inspectors, String result, String followUp,
			LocalDate rectifyBy) {
		StringBuilder json = new StringBuilder("{\"inspectedOn\":\"" + on + "\",\"inspectors\":[");
		for (int i = 0; i < inspectors.size(); i++) {
			json.append(i == 0 ? "" : ",").append("{\"officerId\":\"").append(inspectors.get(i)).append("\"}");
		}
		json.append("],\"location\":\"新田县龙泉镇\",\"findings\":\"检查情况：已核对建设地点和建设内容。\",\"result\":\"")
			.append(result)
			.append("\"");
		if (followUp != null) {
			json.append(",\"followUp\":\"").append(followUp).append("\"");
		}
		if (rectifyBy != null) {
			json.append(",\"rectifyBy\":\"").append(rectifyBy).append("\"");
		}
		return json.append("}").toString();
	}

	private void withRecording(UUID id) throws Exception {
		upload(id, "随机抽查录像.mp4", EvidenceFixtures.mp4(4096, id.getLeastSignificantBits()), "随机抽查");
	}

	private void upload(UUID id, String name, byte[] data, String activity) throws Exception {
		Map<String, String> metadata = Tus.metadata(name);
		metadata.put("caseId", id.toString());
		metadata.put("activity", activity);
		new Tus(this.port, "officer1").upload(data, metadata);
	}

}
