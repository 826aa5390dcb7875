package org.sanxiang.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 法制审核 end to end on PostgreSQL through the REST APIs of casework and review: a major
 * case of XK-001 企业投资项目核准 (in the legal-review catalogue) reaches its decision only after
 * a passed review of exactly its text, on every decision path (准予, 不予, 撤销); every outcome
 * and resubmission round; separation of duties; 修改后通过 with its confirmation; collective
 * discussion; extension and the overdue list; statistics (SH-1 … SH-7).
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
class LegalReviewIntegrationTests {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);

	static final String CREDIT_CODE = "91431128MA4L0000" + "3" + CreditCode.checkCharacter("91431128MA4L00003");

	static final String TEXT = "准予核准新田县示例光伏发电项目，建设规模20兆瓦。";

	/** A clock the tests set to a day (10:00 Beijing time). */
	@TestConfiguration(proxyBeanMethods = false)
	static class SetDays {

		@Bean
		@Primary
		DayClock dayClock() {
			return new DayClock();
		}

	}

	static final class DayClock extends Clock {

		private final AtomicReference<Instant> now = new AtomicReference<>(at(MONDAY));

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

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DayClock clock;

	@BeforeEach
	void monday() {
		this.clock.setDay(MONDAY);
	}

	// --- the gate on every decision path ---

	@Test
	void aMajorDecisionIsMadeOnlyAfterAPassedReviewOfExactlyItsText() throws Exception {
		MajorCase c = majorCase();
		// SH-1: no review yet — refused with 409 and the law's words, on grant and deny
		grant(c, TEXT).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("SH-1"))
			.andExpect(jsonPath("$.detail").value(containsString("未经法制审核或者审核未通过，不得作出决定")));
		act(c, "deny", "director", "DIRECTOR", Map.of("revision", c.revision, "text", "项目不符合产业政策"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("SH-1"));

		JsonNode review = submit(c, TEXT).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("UNDER_REVIEW"))
			.andExpect(jsonPath("$.reviewer").value("reviewer"))
			.andExpect(jsonPath("$.clock.reviewDue").value("2026-06-10"))
			.andExpect(jsonPath("$.rounds[0].submitted.procedureSummary[*]", hasItem(containsString("受理（clerk）"))))
			.andExpect(jsonPath("$.computedFindings[0].point").value("SUBJECT"))
			.andExpect(jsonPath("$.computedFindings[0].suggested").value("COMPLIANT"))
			.andExpect(jsonPath("$.computedFindings[6].suggested").value("NEEDS_SUPPLEMENT"))
			.andExpect(jsonPath("$.computedFindings[6].facts[0]").value("文书模块尚未启用，请人工核对"))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.transform(this::tree);
		String id = review.path("id").asString();
		// while under review the gate still refuses
		grant(c, TEXT).andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("审核中")));

		conclude(id, "reviewer", conclusion("PASSED", List.of())).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PASSED"))
			.andExpect(jsonPath("$.opinionNumber").value(matchesPattern("新发改法审〔2026〕\\d+号")))
			.andExpect(jsonPath("$.clearedText").value(TEXT));
		// a grant of any other text is not the reviewed decision
		grant(c, TEXT + "（修改）").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("须重新提交法制审核")));
		grant(c, TEXT).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("准予许可"));
		this.mvc.perform(get("/api/v1/reviews/cases/" + c.id).with(user("supervisor").roles("SUPERVISOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cleared").value(true))
			.andExpect(jsonPath("$.reviews[0].status").value("PASSED"));

		// 撤销 of the licence is a major decision of its own (SH-2): the grant's review
		// does
		// not clear it
		act(c, "deliver", "clerk", "CLERK", Map.of("revision", c.revision + 1, "delivery", Map.of("method", "DIRECT",
				"receiver", "李四", "signedOn", MONDAY.toString(), "noReceiptReason", "送达回证原件已入纸质卷，扫描件待补传")))
			.andExpect(status().isOk());
		c.revision += 2;
		String revocation = "申请人以欺骗手段取得核准，依法撤销。";
		act(c, "revoke-licence", "director", "DIRECTOR", Map.of("revision", c.revision, "reason", revocation))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("SH-1"));
		JsonNode second = tree(submit(c, "撤销", revocation).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		conclude(second.path("id").asString(), "reviewer", conclusion("PASSED", List.of())).andExpect(status().isOk());
		act(c, "revoke-licence", "director", "DIRECTOR", Map.of("revision", c.revision, "reason", revocation))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.licence.status").value("REVOKED"));

		// every step is in the case's journal
		assertThat(journalTypes(c.id)).contains("ReviewSubmitted", "ReviewAssigned", "ReviewConcluded", "CaseDecided",
				"LicenceChanged");
		// both major decisions were covered by a passed review
		assertThat(this.jdbc.sql("select count(review_id) from review_decision where case_id = :id")
			.param("id", UUID.fromString(c.id))
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aTextChangedAfterTheReviewIsRefusedUntilANewReviewPassesIt() throws Exception {
		MajorCase c = majorCase();
		String first = id(submit(c, TEXT));
		conclude(first, "reviewer", conclusion("PASSED", List.of())).andExpect(status().isOk());
		String changed = TEXT + "项目建设期二年。";
		grant(c, changed).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("SH-1"))
			.andExpect(jsonPath("$.detail").value(containsString("内容不一致")));
		assertThat(state(c)).isEqualTo("UnderReview");
		String second = id(submit(c, changed));
		assertThat(second).isNotEqualTo(first);
		conclude(second, "reviewer", conclusion("PASSED", List.of())).andExpect(status().isOk());
		// the first text is no longer the one cleared: the latest review decides
		grant(c, TEXT).andExpect(status().isConflict());
		grant(c, changed).andExpect(status().isOk());
	}

	// --- outcomes ---

	@Test
	void passedWithChangesClearsOnlyTheAmendedTextOnceTheReviewerConfirmedEachChange() throws Exception {
		MajorCase c = majorCase();
		String id = id(submit(c, TEXT));
		// SH-5: 修改后通过 without the changes is refused and nothing changes
		conclude(id, "reviewer", conclusion("PASSED_WITH_CHANGES", List.of()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("SH-5"))
			.andExpect(jsonPath("$.errors[0].field").value("requiredChanges"));
		read(id).andExpect(jsonPath("$.status").value("UNDER_REVIEW")).andExpect(jsonPath("$.revision").value(0));

		conclude(id, "reviewer", conclusion("PASSED_WITH_CHANGES", List.of("写明项目建设期限", "写明核准文件有效期")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AWAITING_AMENDMENT"))
			.andExpect(jsonPath("$.rounds[0].opinion.number").value(matchesPattern("新发改法审〔2026〕\\d+号")));
		grant(c, TEXT).andExpect(status().isConflict());

		String amended = TEXT + "项目建设期二年；核准文件自印发之日起有效期二年。";
		// each change must be confirmed
		send("/api/v1/reviews/" + id + "/amendment", "officer1", "OFFICER",
				Map.of("decisionText", amended, "changes", List.of(Map.of("change", 1, "how", "已写明建设期二年"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("changes[2]"));
		send("/api/v1/reviews/" + id + "/amendment", "officer1", "OFFICER",
				Map.of("decisionText", amended, "changes",
						List.of(Map.of("change", 1, "how", "已写明建设期二年"), Map.of("change", 2, "how", "已写明有效期二年"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AWAITING_CONFIRMATION"));
		// not yet confirmed by the reviewer
		grant(c, amended).andExpect(status().isConflict());
		send("/api/v1/reviews/" + id + "/confirmation", "reviewer", "REVIEWER", Map.of()).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PASSED"))
			.andExpect(jsonPath("$.clearedText").value(amended));
		grant(c, TEXT).andExpect(status().isConflict());
		grant(c, amended).andExpect(status().isOk());
		assertThat(journalTypes(c.id)).contains("ReviewAmended", "ReviewChangesConfirmed");
	}

	@Test
	void aReturnedPackageIsResubmittedAsANewRoundAndEveryRoundIsKept() throws Exception {
		MajorCase c = majorCase();
		String id = id(submit(c, TEXT));
		conclude(id, "reviewer", conclusion("RETURNED", List.of("补充用地预审意见"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.rounds[0].opinion.number").doesNotExist());
		grant(c, TEXT).andExpect(status().isConflict());
		// a second package while the first is running is refused
		submit(c, TEXT).andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("SH-5"));

		this.clock.setDay(MONDAY.plusDays(2));
		send("/api/v1/reviews/" + id + "/rounds", "officer1", "OFFICER", packageBody(c, "准予许可", TEXT))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UNDER_REVIEW"))
			.andExpect(jsonPath("$.currentRound").value(2))
			.andExpect(jsonPath("$.rounds[1].completeOn").value("2026-06-03"));
		conclude(id, "reviewer", conclusion("PASSED", List.of())).andExpect(status().isOk())
			.andExpect(jsonPath("$.rounds.length()").value(2))
			.andExpect(jsonPath("$.rounds[0].opinion.outcome").value("RETURNED"))
			.andExpect(jsonPath("$.rounds[1].opinion.outcome").value("PASSED"));
		this.clock.setDay(MONDAY.plusDays(2));
		grant(c, TEXT).andExpect(status().isOk());
	}

	@Test
	void aRejectedReviewBarsTheDecisionAndANewPackageStartsANewReview() throws Exception {
		MajorCase c = majorCase();
		String id = id(submit(c, TEXT));
		Map<String, Object> rejection = conclusion("REJECTED", List.of());
		rejection.put("points", points("FACTS", "NON_COMPLIANT", "项目用地权属不清"));
		conclude(id, "reviewer", rejection).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"));
		grant(c, TEXT).andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("审核不通过")));
		send("/api/v1/reviews/" + id + "/rounds", "officer1", "OFFICER", packageBody(c, "准予许可", TEXT))
			.andExpect(status().isConflict());
		String next = id(submit(c, TEXT));
		conclude(next, "reviewer", conclusion("PASSED", List.of())).andExpect(status().isOk());
		grant(c, TEXT).andExpect(status().isOk());
	}

	@Test
	void anOutcomeWithoutAllSevenPointsIsRefusedNamingTheRuleAndNothingChanges() throws Exception {
		MajorCase c = majorCase();
		String id = id(submit(c, TEXT));
		Map<String, Object> incomplete = conclusion("PASSED", List.of());
		@SuppressWarnings("unchecked")
		List<Object> points = new ArrayList<>((List<Object>) incomplete.get("points"));
		points.remove(6);
		incomplete.put("points", points);
		incomplete.remove("crimeSuspected");
		conclude(id, "reviewer", incomplete).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("SH-4"))
			.andExpect(jsonPath("$.errors[*].field", hasItems("points.DOCUMENTS", "crimeSuspected")));
		read(id).andExpect(jsonPath("$.status").value("UNDER_REVIEW"))
			.andExpect(jsonPath("$.revision").value(0))
			.andExpect(jsonPath("$.rounds[0].opinion").doesNotExist());
		assertThat(journalTypes(c.id)).doesNotContain("ReviewConcluded");
		assertThat(opinionNumbersIssued()).doesNotContain(id);
	}

	@Test
	void anIncompletePackageIsRefusedAtOnceWithEverythingMissingAndNothingSaved() throws Exception {
		MajorCase c = majorCase();
		long before = reviews();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("caseId", c.id);
		body.put("evidenceIds", List.of(UUID.randomUUID().toString()));
		send("/api/v1/reviews", "officer1", "OFFICER", body).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("SH-3"))
			.andExpect(jsonPath("$.errors[*].field", hasItems("action", "decisionText", "factsSummary", "legalBases",
					"discretionApplied", "evidenceIds[0]", "handlingUnitOpinion", "handlingUnitHeadOpinion")));
		assertThat(reviews()).isEqualTo(before);
	}

	@Test
	void aCaseWhoseDecisionIsNotMajorHasNoReview() throws Exception {
		String id = receipt("XK-002");
		paper(id, "节能审查申请书", "节能报告");
		act(id, "accept", "clerk", "CLERK", Map.of("revision", 0)).andExpect(status().isOk());
		Map<String, Object> body = packageBody(new MajorCase(id, evidence(id), 1), "准予许可", "准予通过节能审查");
		send("/api/v1/reviews", "officer1", "OFFICER", body).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("SH-2"))
			.andExpect(jsonPath("$.detail").value(containsString("不属于重大执法决定")));
	}

	// --- separation of duties ---

	@Test
	void aReviewerWhoHandledTheCaseCanNeitherBeAssignedNorConcludeIt() throws Exception {
		staffAccount("reviewer2", "REVIEWER", "CLERK");
		String id = receipt("XK-001");
		paper(id, "核准申请函", "项目申请报告", "依法应当附具的相关文件");
		// reviewer2 accepted the case at the window
		act(id, "accept", "reviewer2", "CLERK", Map.of("revision", 0)).andExpect(status().isOk());
		MajorCase c = new MajorCase(id, evidence(id), 1);
		Map<String, Object> named = packageBody(c, "准予许可", TEXT);
		named.put("reviewer", "reviewer2");
		Map<String, Object> automatic = packageBody(c, "准予许可", TEXT);
		automatic.remove("reviewer");
		send("/api/v1/reviews", "officer1", "OFFICER", named).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("SH-1"))
			.andExpect(jsonPath("$.detail").value(containsString("参与过本案（受理）")));
		assertThat(reviews(id)).isZero();
		// automatic assignment passes over reviewer2
		String review = tree(send("/api/v1/reviews", "officer1", "OFFICER", automatic).andExpect(status().isCreated())
			.andExpect(jsonPath("$.reviewer").value(not("reviewer2")))
			.andReturn()
			.getResponse()
			.getContentAsString()).path("id").asString();
		// nor may they conclude a review assigned to someone else
		conclude(review, "reviewer2", conclusion("PASSED", List.of())).andExpect(status().isForbidden());
		// an officer cannot conclude at all
		send("/api/v1/reviews/" + review + "/conclusion", "officer1", "OFFICER", conclusion("PASSED", List.of()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aReviewerWhoActsOnTheCaseAfterTheAssignmentIsRefusedTheirConclusionAndNothingChanges() throws Exception {
		staffAccount("reviewer4", "REVIEWER", "OFFICER");
		MajorCase c = majorCase();
		Map<String, Object> named = packageBody(c, "准予许可", TEXT);
		named.put("reviewer", "reviewer4");
		String id = id(send("/api/v1/reviews", "officer1", "OFFICER", named));
		act(c, "opinion", "reviewer4", "OFFICER",
				Map.of("revision", c.revision, "opinion", "拟准予", "proposeGrant", true))
			.andExpect(status().isOk());
		conclude(id, "reviewer4", conclusion("PASSED", List.of())).andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("SH-1"))
			.andExpect(jsonPath("$.detail").value(containsString("审查意见")));
		read(id).andExpect(jsonPath("$.status").value("UNDER_REVIEW")).andExpect(jsonPath("$.revision").value(0));
		// a 负责人 moves it to a reviewer who had no hand in the case
		send("/api/v1/reviews/" + id + "/reassignment", "director", "DIRECTOR", Map.of("reason", "原审核人员参与了本案审查"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reviewer").value(not("reviewer4")));
	}

	@Test
	void theReviewerMayNotApproveTheDecisionTheyReviewed() throws Exception {
		staffAccount("chief", "REVIEWER", "DIRECTOR");
		MajorCase c = majorCase();
		Map<String, Object> named = packageBody(c, "准予许可", TEXT);
		named.put("reviewer", "chief");
		String id = id(send("/api/v1/reviews", "officer1", "OFFICER", named).andExpect(status().isCreated()));
		conclude(id, "chief", conclusion("PASSED", List.of())).andExpect(status().isOk());
		act(c, "grant", "chief", "DIRECTOR", grantBody(c, TEXT)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("不得批准")));
		grant(c, TEXT).andExpect(status().isOk());
	}

	@Test
	void aReassignmentNeedsADirectorAndAReasonAndIsJournaled() throws Exception {
		staffAccount("reviewer3", "REVIEWER");
		MajorCase c = majorCase();
		String id = id(submit(c, TEXT));
		String from = tree(read(id).andReturn().getResponse().getContentAsString()).path("reviewer").asString();
		String to = from.equals("reviewer3") ? "reviewer" : "reviewer3";
		send("/api/v1/reviews/" + id + "/reassignment", "officer1", "OFFICER", Map.of("reviewer", to, "reason", "回避"))
			.andExpect(status().isForbidden());
		send("/api/v1/reviews/" + id + "/reassignment", "director", "DIRECTOR", Map.of("reviewer", to))
			.andExpect(status().isBadRequest());
		send("/api/v1/reviews/" + id + "/reassignment", "director", "DIRECTOR",
				Map.of("reviewer", to, "reason", "原审核人员出差"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reviewer").value(to))
			.andExpect(jsonPath("$.assignments.length()").value(2));
		assertThat(journalTypes(c.id)).contains("ReviewReassigned");
		conclude(id, from, conclusion("PASSED", List.of())).andExpect(status().isForbidden());
	}

	// --- time limit ---

	@Test
	void aReviewPastItsSevenWorkingDaysIsListedOverdueAndADirectorMayExtendItOnce() throws Exception {
		MajorCase c = majorCase();
		String id = id(submit(c, TEXT));
		// Mon 1 Jun + 7 working days = Wed 10 Jun; on Thu 11 Jun it is overdue
		this.clock.setDay(LocalDate.of(2026, 6, 11));
		this.mvc.perform(get("/api/v1/reviews?scope=overdue").with(user("director").roles("DIRECTOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem(id)));
		this.mvc.perform(get("/api/v1/reviews").with(user("reviewer").roles("REVIEWER")))
			.andExpect(jsonPath("$[?(@.id == '" + id + "')].clock.urgency").value(hasItem("超期")));
		send("/api/v1/reviews/" + id + "/extension", "director", "DIRECTOR", Map.of("reason", "需征求县自然资源局意见"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.clock.reviewDue").value("2026-06-15"))
			.andExpect(jsonPath("$.clock.urgency").value("预警"));
		send("/api/v1/reviews/" + id + "/extension", "director", "DIRECTOR", Map.of("reason", "再次延长"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("SH-5"));
		assertThat(journalTypes(c.id)).contains("ReviewExtended");
	}

	// --- collective discussion ---

	@Test
	void aCaseThatNeedsACollectiveDiscussionIsDecidedOnlyAfterAQuorumAgreed() throws Exception {
		MajorCase c = majorCase();
		Map<String, Object> body = packageBody(c, "准予许可", TEXT);
		body.put("collectiveDiscussionRequired", true);
		body.put("collectiveDiscussionReason", "新类型项目，社会关注度高");
		String id = id(send("/api/v1/reviews", "officer1", "OFFICER", body).andExpect(status().isCreated()));
		conclude(id, "reviewer", conclusion("PASSED", List.of())).andExpect(status().isOk());
		grant(c, TEXT).andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("尚未集体讨论")));
		Map<String, Object> two = minutes(List.of(participant("director", "同意"), participant("supervisor", "同意")));
		send("/api/v1/reviews/" + id + "/collective-discussion", "director", "DIRECTOR", two)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("SH-5"))
			.andExpect(jsonPath("$.errors[*].field", hasItem("participants")));
		Map<String, Object> quorum = minutes(List.of(participant("director", "同意"), participant("supervisor", "同意"),
				Map.of("name", "县司法局 王某", "opinion", "程序合法，同意")));
		send("/api/v1/reviews/" + id + "/collective-discussion", "director", "DIRECTOR", quorum)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.collectiveDiscussion.settled").value(true))
			.andExpect(jsonPath("$.collectiveDiscussion.held.participants[0].name").value(containsString("示例")));
		grant(c, TEXT).andExpect(status().isOk());
		assertThat(journalTypes(c.id)).contains("CollectiveDiscussionHeld");
	}

	// --- numbers, statistics, API document ---

	@Test
	void opinionNumbersRunWithoutGapsInTheAgencysYearlySeries() throws Exception {
		MajorCase a = majorCase();
		MajorCase b = majorCase();
		String first = id(submit(a, TEXT));
		String second = id(submit(b, TEXT));
		int n = number(conclude(first, "reviewer", conclusion("REJECTED", List.of())));
		// a refused conclusion takes no number
		conclude(second, "reviewer", conclusion("PASSED_WITH_CHANGES", List.of()))
			.andExpect(status().isUnprocessableContent());
		assertThat(number(conclude(second, "reviewer", conclusion("PASSED", List.of())))).isEqualTo(n + 1);
	}

	@Test
	void supervisionReadsCoverageReviewTimeAndTheReviewerRatio() throws Exception {
		MajorCase c = majorCase();
		String id = id(submit(c, TEXT));
		this.clock.setDay(MONDAY.plusDays(2));
		conclude(id, "reviewer", conclusion("PASSED", List.of())).andExpect(status().isOk());
		grant(c, TEXT).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/reviews/statistics").with(user("officer1").roles("OFFICER")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/reviews/statistics").with(user("supervisor").roles("SUPERVISOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.coverage").value(1.0))
			.andExpect(jsonPath("$.averageWorkingDays").exists())
			.andExpect(jsonPath("$.reviewerRatios[0].agencyName").value("新田县发展和改革局"))
			.andExpect(jsonPath("$.reviewerRatios[0].reviewers").value(1))
			.andExpect(jsonPath("$.reviewerRatios[0].expected").value(0.05));
	}

	@Test
	void theOpenApiDocumentDescribesTheReviewApi() throws Exception {
		String doc = this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(doc).contains("法制审核", "/api/v1/reviews", "/api/v1/reviews/{id}/conclusion",
				"/api/v1/reviews/{id}/amendment", "/api/v1/reviews/{id}/collective-discussion",
				"/api/v1/reviews/statistics");
	}

	// --- helpers ---

	/** A case of XK-001, accepted and assigned to O-003 and O-004, with one recording. */
	static final class MajorCase {

		final String id;

		final String evidenceId;

		int revision;

		MajorCase(String id, String evidenceId, int revision) {
			this.id = id;
			this.evidenceId = evidenceId;
			this.revision = revision;
		}

	}

	private MajorCase majorCase() throws Exception {
		String id = receipt("XK-001");
		paper(id, "核准申请函", "项目申请报告", "依法应当附具的相关文件");
		act(id, "accept", "clerk", "CLERK", Map.of("revision", 0)).andExpect(status().isOk());
		act(id, "assign-officers", "director", "DIRECTOR",
				Map.of("revision", 1, "officerIds", List.of("O-003", "O-004")))
			.andExpect(status().isOk());
		return new MajorCase(id, evidence(id), 2);
	}

	private ResultActions submit(MajorCase c, String text) throws Exception {
		return submit(c, "准予许可", text);
	}

	private ResultActions submit(MajorCase c, String action, String text) throws Exception {
		return send("/api/v1/reviews", "officer1", "OFFICER", packageBody(c, action, text));
	}

	private Map<String, Object> packageBody(MajorCase c, String action, String text) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("caseId", c.id);
		body.put("action", action);
		body.put("decisionText", text);
		body.put("factsSummary", "项目位于新田县，属《湖南省政府核准的投资项目目录》县级核准范围，申报材料齐全，现场情况与申报一致。");
		body.put("legalBases", List.of(Map.of("law", "《企业投资项目核准和备案管理条例》（国务院令第673号）", "article", "第三条"),
				Map.of("law", "《政府核准投资项目管理办法》（国家发展改革委令）", "article", "第十九条")));
		body.put("discretionApplied", "核准事项不涉及行政裁量");
		body.put("evidenceIds", List.of(c.evidenceId));
		body.put("handlingUnitOpinion", "符合核准条件，拟予核准");
		body.put("handlingUnitHeadOpinion", "同意");
		// named, so that the reviewers other tests add do not take the automatic choice
		body.put("reviewer", "reviewer");
		return body;
	}

	private Map<String, Object> conclusion(String outcome, List<String> changes) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("outcome", outcome);
		body.put("points", points(null, null, null));
		body.put("crimeSuspected", false);
		body.put("requiredChanges", changes);
		return body;
	}

	/**
	 * Every point 符合, except {@code point} answered {@code finding} with {@code comment}.
	 */
	private static List<Object> points(String point, String finding, String comment) {
		List<Object> points = new ArrayList<>();
		for (ReviewPoint p : ReviewPoint.values()) {
			Map<String, Object> answer = new LinkedHashMap<>();
			answer.put("point", p.name());
			answer.put("finding", p.name().equals(point) ? finding : "COMPLIANT");
			if (p.name().equals(point)) {
				answer.put("comment", comment);
			}
			points.add(answer);
		}
		return points;
	}

	private Map<String, Object> minutes(List<Map<String, Object>> participants) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("meetingOn", MONDAY.toString());
		body.put("chair", "director");
		body.put("participants", participants);
		body.put("conclusion", "同意作出准予核准决定");
		body.put("agreed", true);
		return body;
	}

	private static Map<String, Object> participant(String account, String opinion) {
		return Map.of("account", account, "opinion", opinion);
	}

	private ResultActions conclude(String id, String reviewer, Map<String, Object> body) throws Exception {
		return send("/api/v1/reviews/" + id + "/conclusion", reviewer, "REVIEWER", body);
	}

	private ResultActions read(String id) throws Exception {
		return this.mvc.perform(get("/api/v1/reviews/" + id).with(user("reviewer").roles("REVIEWER")));
	}

	private ResultActions grant(MajorCase c, String text) throws Exception {
		return act(c, "grant", "director", "DIRECTOR", grantBody(c, text));
	}

	private Map<String, Object> grantBody(MajorCase c, String text) {
		return Map.of("revision", c.revision, "text", text, "licenceNumber", "新发改核〔2026〕" + c.id.substring(0, 4) + "号",
				"validTo", MONDAY.plusYears(2).toString());
	}

	private ResultActions act(MajorCase c, String action, String account, String role, Map<String, Object> body)
			throws Exception {
		return act(c.id, action, account, role, body);
	}

	private ResultActions act(String id, String action, String account, String role, Map<String, Object> body)
			throws Exception {
		return send("/api/v1/licensing/cases/" + id + "/actions/" + action, account, role, body);
	}

	private ResultActions send(String path, String account, String role, Object body) throws Exception {
		return send(path, user(account).roles(role), body);
	}

	private ResultActions send(String path, RequestPostProcessor who, Object body) throws Exception {
		return this.mvc.perform(post(path).with(who)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
	}

	private String id(ResultActions created) throws Exception {
		return tree(created.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).path("id")
			.asString();
	}

	private int number(ResultActions concluded) throws Exception {
		String number = tree(concluded.andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.path("opinionNumber")
			.asString();
		return Integer.parseInt(number.replaceAll(".*〕(\\d+)号", "$1"));
	}

	private JsonNode tree(String s) {
		return this.json.readTree(s);
	}

	private String receipt(String item) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("applicantKind", "ORGANISATION");
		body.put("applicantName", "新田县示例能源有限公司");
		body.put("creditCode", CREDIT_CODE);
		body.put("contactName", "李四");
		body.put("contactPhone", "13800000000");
		body.put("itemCode", item);
		String response = this.mvc
			.perform(post("/api/v1/licensing/applications").contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return tree(response).path("id").asString();
	}

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

	/**
	 * A site-inspection video of the case as the evidence module keeps it, uploaded by
	 * officer1.
	 */
	private String evidence(String caseId) {
		UUID id = UUID.randomUUID();
		String hash = HexFormat.of().formatHex(new byte[32]).replace("0", "a").substring(0, 56)
				+ id.toString().substring(0, 8);
		Timestamp at = Timestamp.from(MONDAY.atTime(9, 0).atZone(CHINA).toInstant());
		this.jdbc.sql("""
				insert into evidence_item (id, case_id, activity, captured_by, device, capture_start, capture_end,
				  file_name, media_type, size, sha256, sm3, blob_key, retention_end, uploaded_by, uploaded_at)
				values (:id, :caseId, 'SITE_INSPECTION', '张建华', '执法记录仪', :at, :at, '现场核查.mp4', 'video/mp4', 1024,
				  :hash, :hash, :hash, :retention, 'officer1', :at)""")
			.param("id", id)
			.param("caseId", UUID.fromString(caseId))
			.param("at", at)
			.param("hash", hash)
			.param("retention", MONDAY.plusYears(30))
			.update();
		return id.toString();
	}

	/**
	 * A staff account with these roles (password never used: the tests sign in as it).
	 */
	private void staffAccount(String username, String... roles) {
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

	private List<String> journalTypes(String caseId) {
		return this.jdbc.sql("select type from journal_entry where case_id = :id order by seq")
			.param("id", UUID.fromString(caseId))
			.query(String.class)
			.list();
	}

	private List<String> opinionNumbersIssued() {
		return this.jdbc
			.sql("select id::text from review_legal_review where content -> 'rounds' -> 0 -> 'opinion' is not null")
			.query(String.class)
			.list();
	}

	private String state(MajorCase c) {
		return this.jdbc.sql("select state from casework_case where id = :id")
			.param("id", UUID.fromString(c.id))
			.query(String.class)
			.single();
	}

	private long reviews() {
		return this.jdbc.sql("select count(*) from review_legal_review").query(Long.class).single();
	}

	private long reviews(String caseId) {
		return this.jdbc.sql("select count(*) from review_legal_review where case_id = :id")
			.param("id", UUID.fromString(caseId))
			.query(Long.class)
			.single();
	}

}
