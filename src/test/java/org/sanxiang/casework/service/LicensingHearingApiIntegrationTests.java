package org.sanxiang.casework.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.casework.DecisionGuard;
import org.sanxiang.catalog.CreditCode;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 听证, 利害关系人 and 延续 end to end through the REST API on PostgreSQL, signed in with HTTP
 * Basic as the demo staff: the hearing from the notice of the right to the delivered
 * decision that cites its record (行政许可法 第三十六条、第四十六条至第四十八条), and a renewal the agency left
 * undecided until the licence expired (第五十条). The platform's clock is moved day by day,
 * since every act is recorded on a day that has come (JL-1).
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
class LicensingHearingApiIntegrationTests {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/**
	 * A clock the tests move forward, and a legal review that passes: a licence after a
	 * hearing is a major decision (SH-2) and the review module does not exist yet.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class MovedDays {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

		@Bean
		@Primary
		DecisionGuard reviewPassed() {
			return proposal -> DecisionGuard.Clearance.passed("重大执法决定法制审核意见书（测试）");
		}

	}

	/** 10:00 in Asia/Shanghai on the day the test sets. */
	static final class MovableClock extends Clock {

		private final AtomicReference<Instant> now = new AtomicReference<>(at(LocalDate.of(2026, 6, 1)));

		void setDay(LocalDate day) {
			this.now.set(at(day));
		}

		private static Instant at(LocalDate day) {
			return day.atTime(10, 0).atZone(CHINA).toInstant();
		}

		@Override
		public ZoneId getZone() {
			return CHINA;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(instant(), zone);
		}

		@Override
		public Instant instant() {
			return this.now.get();
		}

	}

	static final String CREDIT_CODE = "91431128MA4L0000" + "2" + CreditCode.checkCharacter("91431128MA4L00002");

	static final String APPLICANT = "新田县示例热力有限公司";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@Autowired
	DeemedRenewalSweep renewals;

	@Test
	void aHearingRunsFromTheNoticeOfTheRightToADeliveredDecisionThatCitesItsRecord() throws Exception {
		// Mon 1 Jun 2026: received, accepted, officers O-003 and O-004 assigned
		this.clock.setDay(LocalDate.of(2026, 6, 1));
		String id = apply("XK-002");
		act(id, "accept", "clerk", Map.of("revision", 0)).andExpect(status().isOk());
		act(id, "assign-officers", "director", Map.of("revision", 1, "officerIds", List.of("O-003", "O-004")))
			.andExpect(status().isOk());
		// XK-36: the neighbours are told and state their case; so does the applicant
		act(id, "notify-interested-parties", "officer1",
				Map.of("revision", 2, "interestedParties", List.of("新田县龙泉镇某村村民委员会"), "notice",
						"拟建供热站与贵村相邻，可于5个工作日内陈述、申辩"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.interestedParties[0]").value("新田县龙泉镇某村村民委员会"));
		act(id, "record-statement", "officer1", Map.of("revision", 3, "party", "路人丙", "statement", "反对"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("XK-36"));
		act(id, "record-statement", "officer1",
				Map.of("revision", 3, "party", "新田县龙泉镇某村村民委员会", "statement", "担心噪声影响村民休息"))
			.andExpect(status().isOk());
		act(id, "record-statement", "officer1",
				Map.of("revision", 4, "party", APPLICANT, "statement", "设备设隔音罩，夜间降负荷运行"))
			.andExpect(status().isOk());
		// XK-47: the right to a hearing told to the applicant and the village
		act(id, "notify-hearing-right", "officer1", Map.of("revision", 5)).andExpect(status().isOk());
		assertThat(payload(id, "HearingRightNotified").path("parties").valueStream().map(JsonNode::asString))
			.containsExactly(APPLICANT, "新田县龙泉镇某村村民委员会");

		// Fri 5 Jun, the 4th working day: requested in time; the clock pauses (XK-45)
		this.clock.setDay(LocalDate.of(2026, 6, 5));
		act(id, "request-hearing", "officer1", Map.of("revision", 6, "hearingBasis", "REQUESTED"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("听证中"))
			.andExpect(jsonPath("$.clocks[0].paused").value(true));
		// XK-48: the host is not a reviewing officer; 7 working days' notice (8–16 Jun)
		act(id, "schedule-hearing", "officer1",
				Map.of("revision", 7, "hearingOn", "2026-06-16", "host", "O-003", "place", "局三楼会议室"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("XK-48"))
			.andExpect(jsonPath("$.detail", containsString("主持人")));
		act(id, "schedule-hearing", "officer1",
				Map.of("revision", 7, "hearingOn", "2026-06-15", "host", "O-001", "place", "局三楼会议室"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("XK-48"));
		act(id, "schedule-hearing", "officer1",
				Map.of("revision", 7, "hearingOn", "2026-06-16", "host", "O-001", "place", "局三楼会议室"))
			.andExpect(status().isOk());
		assertThat(payload(id, "HearingScheduled").path("parties").size()).isEqualTo(2);
		// the record of a hearing still to come is refused (JL-1)
		act(id, "record-hearing", "officer1",
				Map.of("revision", 8, "on", "2026-06-16", "hearingRecord", "新发改听〔2026〕1号"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("JL-1"));

		// Tue 16 Jun: the hearing is held and its record kept; a hearing is recorded on
		// audio/video (JL-3) — without a recording or an approved reason it is refused
		this.clock.setDay(LocalDate.of(2026, 6, 16));
		act(id, "record-hearing", "officer1",
				Map.of("revision", 8, "on", "2026-06-16", "hearingRecord", "新发改听〔2026〕1号"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("JL-3"));
		this.mvc
			.perform(
					post("/api/v1/evidence/exemptions").with(httpBasic("officer1", "demo"))
						.contentType(MediaType.APPLICATION_JSON)
						.content(this.json
							.writeValueAsString(Map.of("caseId", id, "activity", "HEARING", "reason", "执法记录仪故障"))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/evidence/exemptions").with(httpBasic("director", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("caseId", id, "activity", "HEARING", "reason", ""))))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/api/v1/evidence/exemptions").with(httpBasic("director", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json
					.writeValueAsString(Map.of("caseId", id, "activity", "HEARING", "reason", "录音录像设备故障，已由书记员制作完整笔录"))))
			.andExpect(status().isCreated());
		act(id, "record-hearing", "officer1",
				Map.of("revision", 8, "on", "2026-06-16", "hearingRecord", "新发改听〔2026〕1号"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("审查中"))
			.andExpect(jsonPath("$.major").value(true));

		// Wed 17 Jun: the decision is based on the record (XK-48), then delivered
		this.clock.setDay(LocalDate.of(2026, 6, 17));
		Map<String, Object> grant = new LinkedHashMap<>(
				Map.of("revision", 9, "text", "准予通过节能审查", "licenceNumber", "新发改能审〔2026〕7号", "validTo", "2028-06-16"));
		act(id, "grant", "director", grant).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("XK-48"))
			.andExpect(jsonPath("$.detail", containsString("新发改听〔2026〕1号")));
		grant.put("hearingRecord", "新发改听〔2026〕1号");
		act(id, "grant", "director", grant).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("准予许可"));
		act(id, "deliver", "clerk",
				Map.of("revision", 10, "delivery",
						Map.of("method", "DIRECT", "receiver", "李四", "signedOn", "2026-06-17", "noReceiptReason",
								"送达回证原件已入纸质卷，扫描件待补传")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("已送达"));

		assertThat(this.jdbc.sql("select type from casework_event where case_id = cast(:id as uuid) order by seq")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("ApplicationReceived", "ApplicationAccepted", "OfficersAssigned",
					"InterestedPartiesNotified", "StatementRecorded", "StatementRecorded", "HearingRightNotified",
					"HearingRequested", "HearingScheduled", "HearingHeld", "CaseDecided", "DecisionDelivered");
		assertThat(payload(id, "HearingRequested").path("holdBy").asString()).isEqualTo("2026-07-06");
	}

	@Test
	void aHearingRequestedAfterFiveWorkingDaysIsRefusedNamingXk47() throws Exception {
		this.clock.setDay(LocalDate.of(2026, 6, 1));
		String id = apply("XK-002");
		act(id, "accept", "clerk", Map.of("revision", 0)).andExpect(status().isOk());
		act(id, "notify-hearing-right", "officer1", Map.of("revision", 1)).andExpect(status().isOk());
		// 5 working days after Mon 1 Jun end on Mon 8 Jun
		this.clock.setDay(LocalDate.of(2026, 6, 9));
		act(id, "request-hearing", "officer1", Map.of("revision", 2, "hearingBasis", "REQUESTED"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("XK-47"))
			.andExpect(jsonPath("$.article", containsString("第四十七条")))
			.andExpect(jsonPath("$.detail", containsString("2026-06-08")));
		assertThat(state(id)).isEqualTo("UnderReview");
	}

	@Test
	void aPublicInterestMatterIsNotDecidedWithoutAHearing() throws Exception {
		this.clock.setDay(LocalDate.of(2026, 6, 1));
		String id = apply("XK-002");
		act(id, "accept", "clerk", Map.of("revision", 0)).andExpect(status().isOk());
		act(id, "mark-public-interest", "officer1", Map.of("revision", 1, "reason", "城区集中供热，涉及不特定多数居民"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.requiredHearing", containsString("公共利益")));
		act(id, "deny", "director", Map.of("revision", 2, "text", "不符合供热规划"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("XK-46"));
		assertThat(state(id)).isEqualTo("UnderReview");
	}

	@Test
	void jointHandlingChosenAtAcceptanceGivesFortyFiveWorkingDays() throws Exception {
		// 行政许可法 第四十二条第二款 (XK-42b): Mon 1 Jun + 45 working days, skipping the
		// Dragon Boat Festival (19 Jun)
		this.clock.setDay(LocalDate.of(2026, 6, 1));
		String id = apply("XK-002");
		act(id, "accept", "clerk", Map.of("revision", 0, "handlingMode", "JOINT")).andExpect(status().isOk())
			.andExpect(jsonPath("$.handlingMode").value("JOINT"))
			.andExpect(jsonPath("$.clocks[0].rule").value("XK_42B"))
			.andExpect(jsonPath("$.clocks[0].due").value("2026-08-04"));
	}

	@Test
	void aRenewalLeftUndecidedUntilExpiryIsDeemedGrantedByThePlatformOnce() throws Exception {
		this.clock.setDay(LocalDate.of(2026, 6, 1));
		String id = grantedAndDelivered("新发改能审〔2026〕8号", "2026-08-31");
		// XK-50: applied at least 30 days before expiry (by 1 Aug)
		act(id, "apply-renewal", "clerk", Map.of("revision", 4)).andExpect(status().isOk())
			.andExpect(jsonPath("$.renewal.appliedOn").value("2026-06-01"))
			.andExpect(jsonPath("$.allowedActions[*].action", hasItem("deny-renewal")));

		assertThat(this.renewals.sweep(clockOn("2026-08-31"))).isZero();
		assertThat(this.renewals.sweep(clockOn("2026-09-01"))).isEqualTo(1);
		assertThat(this.renewals.sweep(clockOn("2026-09-02"))).isZero();

		JsonNode deemed = payload(id, "RenewalDeemedGranted");
		assertThat(deemed.path("rule").asString()).isEqualTo("XK-50");
		assertThat(deemed.path("article").asString()).contains("第五十条");
		assertThat(deemed.path("recorded").path("actor").path("account").asString()).isEqualTo("system");
		// 1 Jun – 31 Aug is 2 months 30 days: the same term again from 31 Aug
		assertThat(deemed.path("validTo").asString()).isEqualTo("2026-11-30");
		this.mvc.perform(get("/api/v1/licensing/cases/" + id).with(httpBasic("officer1", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.licence.validTo").value("2026-11-30"))
			.andExpect(jsonPath("$.renewal").doesNotExist());
	}

	@Test
	void aLateRenewalApplicationIsRefusedAndATimelyOneCanBeDeniedWithRemedies() throws Exception {
		this.clock.setDay(LocalDate.of(2026, 6, 1));
		String late = grantedAndDelivered("新发改能审〔2026〕9号", "2026-06-30");
		act(late, "apply-renewal", "clerk", Map.of("revision", 4)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("XK-50"))
			.andExpect(jsonPath("$.detail", containsString("2026-05-31")));

		String timely = grantedAndDelivered("新发改能审〔2026〕10号", "2026-12-31");
		act(timely, "apply-renewal", "clerk", Map.of("revision", 4, "validTo", "2029-12-31"))
			.andExpect(status().isOk());
		act(timely, "deny-renewal", "director", Map.of("revision", 5)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("XK-38"));
		act(timely, "deny-renewal", "director", Map.of("revision", 5, "reason", "年度检查发现重大隐患未整改"))
			.andExpect(status().isOk());
		assertThat(payload(timely, "RenewalDenied").path("remedies").asString()).contains("行政复议").contains("行政诉讼");
	}

	// --- helpers ---

	private String grantedAndDelivered(String licenceNumber, String validTo) throws Exception {
		String id = apply("XK-002");
		act(id, "accept", "clerk", Map.of("revision", 0)).andExpect(status().isOk());
		act(id, "opinion", "officer1", Map.of("revision", 1, "opinion", "符合条件，拟准予")).andExpect(status().isOk());
		act(id, "grant", "director",
				Map.of("revision", 2, "text", "准予通过节能审查", "licenceNumber", licenceNumber, "validTo", validTo))
			.andExpect(status().isOk());
		act(id, "deliver", "clerk",
				Map.of("revision", 3, "delivery",
						Map.of("method", "ELECTRONIC", "consentReference", "同意书1号", "receiptId", "回执" + licenceNumber,
								"receivedOn", LocalDate.now(this.clock).toString())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("已送达"));
		return id;
	}

	private Clock clockOn(String day) {
		return Clock.fixed(LocalDate.parse(day).atTime(1, 20).atZone(CHINA).toInstant(), CHINA);
	}

	/**
	 * Applies online (JSON) and has the clerk check the item's required materials on
	 * paper.
	 */
	private String apply(String item) throws Exception {
		String id = OnlineApplications.organisation(this.mvc, this.json, APPLICANT, CREDIT_CODE, item);
		// XK-32b: the clerk checks the paper originals before accepting
		RequiredMaterials.checkedOnPaper(this.mvc, this.json, id, httpBasic("clerk", "demo"));
		return id;
	}

	/**
	 * An action as the demo user {@code user} (password {@code demo}) over HTTP Basic.
	 */
	private ResultActions act(String id, String action, String user, Map<String, Object> body) throws Exception {
		return this.mvc
			.perform(post("/api/v1/licensing/cases/" + id + "/actions/" + action).with(httpBasic(user, "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)));
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

	private String state(String id) {
		return this.jdbc.sql("select state from casework_case where id = cast(:id as uuid)")
			.param("id", id)
			.query(String.class)
			.single();
	}

}
