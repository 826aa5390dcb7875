package org.sanxiang.casework.service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.catalog.CreditCode;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 重大执法决定 end to end through the REST API on PostgreSQL, as the demo staff over HTTP
 * Basic, with the Xintian catalogue (SH-2) and no review module (SH-1: every major
 * decision refused): an officer flags a case with the reason, a computed condition
 * follows the facts, only a 负责人 clears either, with the reason; each change is journaled,
 * and a refused one changes nothing.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
class MajorDecisionApiIntegrationTests {

	static final String CREDIT_CODE = "91431128MA4L0000" + "3" + CreditCode.checkCharacter("91431128MA4L00003");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void anOfficersFlagMakesTheCaseMajorUntilADirectorClearsItWithAReason() throws Exception {
		String id = accepted();
		this.mvc.perform(get("/api/v1/licensing/cases/" + id).with(httpBasic("officer1", "demo")))
			.andExpect(jsonPath("$.major").value(false))
			.andExpect(jsonPath("$.majorConditions", hasSize(0)))
			.andExpect(jsonPath("$.allowedActions[*].action", hasItem("flag-major")))
			.andExpect(jsonPath("$.allowedActions[*].action", not(hasItem("clear-major-flag"))));

		// no reason: 422 naming SH-2, nothing recorded
		act(id, "flag-major", "officer1", Map.of("revision", 1, "condition", "COMPLEX_NOVEL"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("SH-2"))
			.andExpect(jsonPath("$.errors[0].message", containsString("理由")));
		act(id, "flag-major", "clerk", Map.of("revision", 1, "condition", "COMPLEX_NOVEL", "reason", "疑难"))
			.andExpect(status().isForbidden());
		act(id, "flag-major", "officer1", Map.of("revision", 1, "condition", "AFTER_HEARING", "reason", "拟举行听证"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("由系统根据案件事实认定")));
		assertThat(events(id, "MajorDecisionFlagged")).isZero();

		act(id, "flag-major", "officer1",
				Map.of("revision", 1, "condition", "COMPLEX_NOVEL", "reason", "项目涉及土地、环保、规划多个法律关系"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.revision").value(2))
			.andExpect(jsonPath("$.major").value(true))
			.andExpect(jsonPath("$.collectiveDiscussion").value(true))
			.andExpect(jsonPath("$.majorConditions[0].code").value("COMPLEX_NOVEL"))
			.andExpect(jsonPath("$.majorConditions[0].source").value("FLAG"))
			.andExpect(jsonPath("$.majorConditions[0].basis", containsString("国办发〔2018〕118号")))
			.andExpect(jsonPath("$.allowedActions[*].action", hasItem("clear-major-flag")));
		assertThat(journaled(id, "MajorDecisionFlagged", "officer1")).isEqualTo(1);

		// SH-1: a major decision without a passed review is refused
		act(id, "grant", "director", grant(2)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("SH-1"));

		// only a 负责人 clears, and only with a reason
		act(id, "clear-major-flag", "officer1", Map.of("revision", 2, "condition", "COMPLEX_NOVEL", "reason", "承办人撤回"))
			.andExpect(status().isForbidden());
		act(id, "clear-major-flag", "director", Map.of("revision", 2, "condition", "COMPLEX_NOVEL"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("SH-2"));
		act(id, "clear-major-flag", "director", Map.of("revision", 2, "condition", "MAJOR_INTERESTS", "reason", "无此情形"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("COMPLEX_NOVEL")));
		assertThat(events(id, "MajorDecisionFlagCleared")).isZero();

		act(id, "clear-major-flag", "director",
				Map.of("revision", 2, "condition", "COMPLEX_NOVEL", "reason", "经核实法律关系清楚，承办人申请撤回标记"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.major").value(false))
			.andExpect(jsonPath("$.timeline[*].type", hasItem("MajorDecisionFlagCleared")));
		assertThat(journaled(id, "MajorDecisionFlagCleared", "director")).isEqualTo(1);

		act(id, "grant", "director", grant(3)).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("准予许可"));
	}

	@Test
	void interestedPartiesMakeTheCaseMajorOnTheFactsAndADirectorSetsThatAside() throws Exception {
		String id = accepted();
		act(id, "notify-interested-parties", "officer1",
				Map.of("revision", 1, "interestedParties", List.of("新田县某村村民委员会"), "notice", "项目与贵村相邻，可陈述、申辩"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.major").value(true))
			.andExpect(jsonPath("$.majorConditions[0].code").value("MAJOR_INTERESTS"))
			.andExpect(jsonPath("$.majorConditions[0].source").value("FACTS"))
			.andExpect(jsonPath("$.majorConditions[0].fact", containsString("新田县某村村民委员会")));

		act(id, "clear-major-flag", "director",
				Map.of("revision", 2, "condition", "MAJOR_INTERESTS", "reason", "利害关系人仅为相邻单位，书面确认不涉及其重大权益"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.major").value(false))
			.andExpect(jsonPath("$.majorConditions", hasSize(0)));
		String payload = this.jdbc.sql("""
				select payload::text from casework_event
				where case_id = cast(:id as uuid) and type = 'MajorDecisionFlagCleared'""")
			.param("id", id)
			.query(String.class)
			.single();
		assertThat(this.json.readTree(payload).path("source").asString()).isEqualTo("依案件事实认定");
		assertThat(journaled(id, "MajorDecisionFlagCleared", "director")).isEqualTo(1);
	}

	@Test
	void theConsoleCasePageShowsWhyTheCaseIsMajorAndTheFormsForEachRole() throws Exception {
		String id = accepted();
		act(id, "flag-major", "officer1",
				Map.of("revision", 1, "condition", "OTHER", "conditionLabel", "涉及历史遗留用地问题", "reason", "用地手续存在历史遗留问题"))
			.andExpect(status().isOk());

		String officerPage = page(id, "officer1");
		assertThat(officerPage)
			.contains("id=\"major-conditions\"", "涉及历史遗留用地问题", "用地手续存在历史遗留问题", "承办人标记", "未经法制审核或者审核未通过的，不得作出决定",
					"id=\"action-flag-major\"", "案件情况疑难复杂、涉及多个法律关系的行政许可决定（须集体讨论）")
			.doesNotContain("id=\"action-clear-major-flag\"");
		assertThat(page(id, "director")).contains("id=\"action-clear-major-flag\"", "value=\"OTHER:涉及历史遗留用地问题\"");

		// a refused clearance comes back on the page with the message, nothing saved
		this.mvc
			.perform(post("/console/licensing/" + id + "/actions/clear-major-flag").with(httpBasic("director", "demo"))
				.with(csrf())
				.param("revision", "2")
				.param("condition", "OTHER:涉及历史遗留用地问题"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("请说明解除重大执法决定认定的理由")));
		assertThat(events(id, "MajorDecisionFlagCleared")).isZero();
	}

	private Map<String, Object> grant(int revision) {
		return Map.of("revision", revision, "text", "准予通过节能审查", "licenceNumber", "新发改能审〔2026〕" + revision + "号",
				"validTo", LocalDate.now(this.clock).plusYears(2).toString());
	}

	/** A case of XK-002 (not listed in the catalogue) received online and accepted. */
	private String accepted() throws Exception {
		String id = OnlineApplications.organisation(this.mvc, this.json, "新田县示例新能源有限公司", CREDIT_CODE, "XK-002");
		RequiredMaterials.checkedOnPaper(this.mvc, this.json, id, httpBasic("clerk", "demo"));
		act(id, "accept", "clerk", Map.of("revision", 0)).andExpect(status().isOk());
		return id;
	}

	private String page(String id, String user) throws Exception {
		return this.mvc.perform(get("/console/licensing/" + id).with(httpBasic(user, "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private ResultActions act(String id, String action, String user, Map<String, Object> body) throws Exception {
		return this.mvc
			.perform(post("/api/v1/licensing/cases/" + id + "/actions/" + action).with(httpBasic(user, "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)));
	}

	private long events(String id, String type) {
		return this.jdbc.sql("select count(*) from casework_event where case_id = cast(:id as uuid) and type = :type")
			.param("id", id)
			.param("type", type)
			.query(Long.class)
			.single();
	}

	private long journaled(String id, String type, String actor) {
		return this.jdbc.sql(
				"select count(*) from journal_entry where case_id = cast(:id as uuid) and type = :type and actor = :actor")
			.param("id", id)
			.param("type", type)
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

}
