package org.sanxiang.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.service.DecisionPaths;
import org.sanxiang.catalog.CreditCode;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The gate holds on every path (issue 6 item 7; SH-1, 行政处罚法 第五十八条): a major case of
 * XK-001 企业投资项目核准 at its decision, without a passed legal review, is refused on the REST
 * API, the console's decision forms and a direct call of the casework service — with 409
 * and “未经法制审核或者审核未通过，不得作出决定” (rule SH-1) — and nothing changes: the case's revision and
 * state, its events, its journal, the decisions counted for coverage. The automatic paths
 * make no major decision at all: the demo-data loader decides only what a passed review
 * cleared (and loads once), 视为受理 (XK-32b) accepts a major case but leaves its decision to
 * the agency and its review.
 * <p>
 * 视为准予延续 (行政许可法 第五十条, XK-50) is different in kind: when the agency has not decided a
 * timely renewal application by the day the licence expires, the law grants the renewal;
 * it is not a decision the agency makes, so there is nothing for a legal review to clear.
 * The platform records it as {@code RenewalDeemedGranted} with rule XK-50 and the
 * article, by the system actor; it asks no {@code DecisionGuard}, raises no
 * {@code LicenceChanged} and is not counted among the major decisions a review covers
 * ({@code review_decision}). The agency's own renewal or refusal of a renewal of a major
 * case does need a review (SH-2), and so does a later 撤销 or 撤回 of the licence: a review
 * of the grant does not clear it. Finally, 修改后通过 clears nothing until the officer has
 * made every change and the reviewer confirmed them, and then only the amended text.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
@Import(ReviewConsoleDay.class)
class MajorDecisionPathsIntegrationTests {

	static final String REFUSED = "未经法制审核或者审核未通过，不得作出决定";

	static final LocalDate MONDAY = ReviewConsoleDay.MONDAY;

	static final String TEXT = "准予核准新田县示例生物质发电项目，建设规模15兆瓦。";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	MajorCases cases;

	DecisionPaths service;

	@BeforeEach
	void paths() {
		this.cases = new MajorCases(this.mvc, this.json, this.jdbc);
		this.service = DecisionPaths.of(this.context);
	}

	@Test
	void aMajorDecisionWithoutAPassedReviewIsRefusedOnRestConsoleAndServiceAndNothingChanges() throws Exception {
		MajorCases.MajorCase c = this.cases.atDecision("新田县示例生物质能源有限公司");
		Trace before = trace(c);
		assertThat(before.state()).isEqualTo("UnderReview");

		restRefused(restGrant(c, TEXT));
		restRefused(rest(c, "deny", Map.of("revision", before.revision(), "text", "项目不符合产业政策")));
		consoleRefused(consoleGrant(c, TEXT));
		consoleRefused(
				console(c, "deny").param("revision", Integer.toString(before.revision())).param("text", "项目不符合产业政策"));
		serviceRefused(this.service.grant(caseId(c), before.revision(), TEXT, licenceNumber(c), MONDAY.plusYears(2),
				"director"));
		serviceRefused(this.service.deny(caseId(c), before.revision(), "项目不符合产业政策", "director"));

		// a review that is still running clears nothing either
		String review = submit(c, "准予许可", TEXT);
		Trace submitted = trace(c);
		restRefused(restGrant(c, TEXT)).andExpect(jsonPath("$.detail").value(containsString("审核中")));
		consoleRefused(consoleGrant(c, TEXT));
		serviceRefused(this.service.grant(caseId(c), before.revision(), TEXT, licenceNumber(c), MONDAY.plusYears(2),
				"director"));
		assertThat(trace(c)).isEqualTo(submitted);
		assertThat(submitted.caseSide()).isEqualTo(before.caseSide());

		// nor does one that did not pass
		Map<String, Object> rejection = conclusion("REJECTED", List.of());
		conclude(review, rejection).andExpect(status().isOk());
		Trace rejected = trace(c);
		restRefused(restGrant(c, TEXT)).andExpect(jsonPath("$.detail").value(containsString("审核不通过")));
		consoleRefused(consoleGrant(c, TEXT));
		serviceRefused(this.service.grant(caseId(c), before.revision(), TEXT, licenceNumber(c), MONDAY.plusYears(2),
				"director"));
		assertThat(trace(c)).isEqualTo(rejected);
		assertThat(rejected.caseSide()).isEqualTo(before.caseSide());
	}

	@Test
	void aPassedReviewClearsExactlyItsTextAndALaterRevocationOrWithdrawalNeedsANewReview() throws Exception {
		MajorCases.MajorCase c = this.cases.atDecision("新田县示例垃圾焚烧发电有限公司");
		conclude(submit(c, "准予许可", TEXT), conclusion("PASSED", List.of())).andExpect(status().isOk());
		Trace passed = trace(c);

		// T' ≠ T: refused on every path, nothing changes
		String changed = TEXT.replace("15兆瓦", "25兆瓦");
		restRefused(restGrant(c, changed)).andExpect(jsonPath("$.detail").value(containsString("内容不一致")));
		consoleRefused(consoleGrant(c, changed));
		serviceRefused(this.service.grant(caseId(c), passed.revision(), changed, licenceNumber(c), MONDAY.plusYears(2),
				"director"));
		// the reviewed grant is not a clearance to deny either
		restRefused(rest(c, "deny", Map.of("revision", passed.revision(), "text", TEXT)));
		assertThat(trace(c)).isEqualTo(passed);

		// T itself: granted, and counted as a reviewed major decision
		restGrant(c, TEXT).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("准予许可"));
		assertThat(trace(c).decisions()).isEqualTo(1);
		assertThat(reviewedDecisions(c)).isEqualTo(1);
		deliver(c);

		// 撤销 / 撤回 of that licence are major decisions of their own (SH-2)
		String revocation = "申请人以欺骗手段取得核准，依法撤销。";
		Trace granted = trace(c);
		restRefused(rest(c, "revoke-licence", Map.of("revision", granted.revision(), "reason", revocation)));
		restRefused(rest(c, "withdraw-licence", Map.of("revision", granted.revision(), "reason", "所依据的规划已修改，依法撤回。")));
		consoleRefused(console(c, "revoke-licence").param("revision", Integer.toString(granted.revision()))
			.param("reason", revocation));
		serviceRefused(this.service.revoke(caseId(c), granted.revision(), revocation, "director"));
		assertThat(trace(c)).isEqualTo(granted);

		conclude(submit(c, "撤销", revocation), conclusion("PASSED", List.of())).andExpect(status().isOk());
		// the revocation's review clears its text only
		restRefused(rest(c, "revoke-licence", Map.of("revision", granted.revision(), "reason", revocation + "（补充）")));
		rest(c, "revoke-licence", Map.of("revision", granted.revision(), "reason", revocation))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.licence.status").value("REVOKED"));
		assertThat(reviewedDecisions(c)).isEqualTo(2);
		assertThat(journalTypes(c)).containsSubsequence("CaseDecided", "ReviewSubmitted", "ReviewConcluded",
				"LicenceChanged");
	}

	@Test
	void passedWithChangesClearsNothingUntilEveryChangeIsMadeAndConfirmed() throws Exception {
		MajorCases.MajorCase c = this.cases.atDecision("新田县示例抽水蓄能有限公司");
		String review = submit(c, "准予许可", TEXT);
		conclude(review, conclusion("PASSED_WITH_CHANGES", List.of("写明项目建设期限"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AWAITING_AMENDMENT"));
		Trace awaiting = trace(c);
		restRefused(restGrant(c, TEXT));
		consoleRefused(consoleGrant(c, TEXT));
		serviceRefused(this.service.grant(caseId(c), awaiting.revision(), TEXT, licenceNumber(c), MONDAY.plusYears(2),
				"director"));

		String amended = TEXT + "项目建设期二年。";
		send("/api/v1/reviews/" + review + "/amendment", "officer1", "OFFICER",
				Map.of("decisionText", amended, "changes", List.of(Map.of("change", 1, "how", "已写明建设期二年"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AWAITING_CONFIRMATION"));
		// made but not confirmed: still refused, the amended text too
		restRefused(restGrant(c, amended));
		consoleRefused(consoleGrant(c, amended));
		serviceRefused(this.service.grant(caseId(c), awaiting.revision(), amended, licenceNumber(c),
				MONDAY.plusYears(2), "director"));
		assertThat(trace(c).caseSide()).isEqualTo(awaiting.caseSide());

		send("/api/v1/reviews/" + review + "/confirmation", "reviewer", "REVIEWER", Map.of()).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PASSED"));
		// confirmed: the original text is not the cleared one; the amended text is, on
		// the
		// console as on every path
		restRefused(restGrant(c, TEXT));
		this.mvc.perform(consoleGrant(c, amended)).andExpect(status().is3xxRedirection());
		assertThat(trace(c).state()).isEqualTo("Granted");
		assertThat(reviewedDecisions(c)).isEqualTo(1);
	}

	@Test
	void deemedAcceptanceAcceptsAMajorCaseButDecidesNothing() throws Exception {
		String id = receipt("新田县示例氢能有限公司");
		// received Monday 1 June without a correction notice: accepted as of that day
		// once
		// the five working days have passed (XK-32b)
		assertThat(this.service.deemAcceptances(on(LocalDate.of(2026, 6, 10)))).isPositive();
		assertThat(stateOf(id)).isEqualTo("UnderReview");
		assertThat(eventTypes(id)).containsExactly("ApplicationReceived", "ApplicationAccepted")
			.doesNotContain("CaseDecided");
		assertThat(this.jdbc.sql("select count(*) from review_decision where case_id = :id")
			.param("id", UUID.fromString(id))
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theDemoLoaderMakesNoMajorDecisionThatAPassedReviewDidNotClearAndLoadsOnce() {
		long cases = this.jdbc.sql("select count(*) from casework_case").query(Long.class).single();
		this.service.loadDemoCases();
		assertThat(this.jdbc.sql("select count(*) from casework_case").query(Long.class).single()).isEqualTo(cases);
		// every major decision on record, the demo's among them, is covered by the passed
		// review of exactly its text
		assertThat(this.jdbc.sql("""
				select count(*) from casework_event
				where type = 'CaseDecided' and (payload ->> 'major')::boolean""").query(Long.class).single())
			.isPositive();
		assertThat(this.jdbc.sql("""
				select count(*) from casework_event e
				where e.type in ('CaseDecided', 'LicenceChanged') and (e.payload ->> 'major')::boolean
				  and not exists (select 1 from review_decision d
				                  where d.case_id = e.case_id and d.event_type = e.type and d.review_id is not null)""")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from review_decision where review_id is null")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aDeemedRenewalIsMadeByLawRecordedWithXk50AndNotCountedAsAReviewedDecision() throws Exception {
		MajorCases.MajorCase c = this.cases.atDecision("新田县示例光热发电有限公司");
		conclude(submit(c, "准予许可", TEXT), conclusion("PASSED", List.of())).andExpect(status().isOk());
		LocalDate validTo = LocalDate.of(2026, 8, 31);
		rest(c, "grant", Map.of("revision", trace(c).revision(), "text", TEXT, "licenceNumber", licenceNumber(c),
				"validTo", validTo.toString()))
			.andExpect(status().isOk());
		deliver(c);
		send("/api/v1/licensing/cases/" + c.id() + "/actions/apply-renewal", "clerk", "CLERK",
				Map.of("revision", trace(c).revision(), "validTo", "2028-08-31"))
			.andExpect(status().isOk());
		Trace applied = trace(c);
		assertThat(reviewedDecisions(c)).isEqualTo(1);

		// still in force on 31 August: the agency may decide, and the sweep leaves it
		this.service.deemRenewals(on(validTo));
		assertThat(trace(c)).isEqualTo(applied);
		assertThat(this.service.deemRenewals(on(validTo.plusDays(1)))).isPositive();

		Map<String, Object> deemed = this.jdbc.sql("""
				select payload ->> 'rule' as rule, payload ->> 'article' as article, actor from casework_event
				where case_id = :id and type = 'RenewalDeemedGranted'""")
			.param("id", UUID.fromString(c.id()))
			.query()
			.singleRow();
		assertThat(deemed).containsEntry("rule", "XK-50").containsEntry("actor", "system");
		assertThat((String) deemed.get("article")).contains("第五十条");
		assertThat(journalTypes(c)).endsWith("RenewalDeemedGranted");
		// not a decision the agency made: no LicenceChanged, no decision for the review
		// to have covered, the one reviewed decision is still the grant
		assertThat(eventTypes(c.id())).doesNotContain("LicenceChanged");
		assertThat(this.jdbc.sql("select count(*) from review_decision where case_id = :id")
			.param("id", UUID.fromString(c.id()))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(reviewedDecisions(c)).isEqualTo(1);
	}

	// --- the paths ---

	private ResultActions restGrant(MajorCases.MajorCase c, String text) throws Exception {
		return rest(c, "grant", Map.of("revision", trace(c).revision(), "text", text, "licenceNumber", licenceNumber(c),
				"validTo", MONDAY.plusYears(2).toString()));
	}

	private ResultActions rest(MajorCases.MajorCase c, String action, Map<String, Object> body) throws Exception {
		return send("/api/v1/licensing/cases/" + c.id() + "/actions/" + action, "director", "DIRECTOR", body);
	}

	private static ResultActions restRefused(ResultActions result) throws Exception {
		return result.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("SH-1"))
			.andExpect(jsonPath("$.detail").value(containsString(REFUSED)));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder consoleGrant(
			MajorCases.MajorCase c, String text) {
		return console(c, "grant").param("revision", Integer.toString(trace(c).revision()))
			.param("text", text)
			.param("licenceNumber", licenceNumber(c))
			.param("validTo", MONDAY.plusYears(2).toString());
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder console(MajorCases.MajorCase c,
			String action) {
		return post("/console/licensing/" + c.id() + "/actions/" + action).with(user("director").roles("DIRECTOR"))
			.with(csrf());
	}

	private void consoleRefused(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder form)
			throws Exception {
		String page = this.mvc.perform(form)
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(REFUSED, "SH-1");
	}

	private static void serviceRefused(DecisionPaths.Refused refused) {
		assertThat(refused).as("refused by the service").isNotNull();
		assertThat(refused.rule()).isEqualTo("SH-1");
		assertThat(refused.message()).contains(REFUSED);
	}

	// --- the review ---

	private String submit(MajorCases.MajorCase c, String action, String text) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("caseId", c.id());
		body.put("action", action);
		body.put("decisionText", text);
		body.put("factsSummary", "项目位于新田县，属县级核准范围，申报材料齐全，现场情况与申报一致。");
		body.put("legalBases", List.of(Map.of("law", MajorCases.BASIS_LAW, "article", "第三条")));
		body.put("discretionApplied", "核准事项不涉及行政裁量");
		body.put("evidenceIds", List.of(c.evidenceId()));
		body.put("handlingUnitOpinion", "符合核准条件，拟予核准");
		body.put("handlingUnitHeadOpinion", "同意");
		body.put("reviewer", "reviewer");
		String response = send("/api/v1/reviews", "officer1", "OFFICER", body).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(response).path("id").asString();
	}

	private ResultActions conclude(String review, Map<String, Object> body) throws Exception {
		return send("/api/v1/reviews/" + review + "/conclusion", "reviewer", "REVIEWER", body);
	}

	private static Map<String, Object> conclusion(String outcome, List<String> changes) {
		List<Object> points = new ArrayList<>();
		for (ReviewPoint p : ReviewPoint.values()) {
			Map<String, Object> answer = new LinkedHashMap<>();
			answer.put("point", p.name());
			boolean rejected = "REJECTED".equals(outcome) && p == ReviewPoint.values()[1];
			answer.put("finding", rejected ? "NON_COMPLIANT" : "COMPLIANT");
			if (rejected) {
				answer.put("comment", "项目用地权属不清");
			}
			points.add(answer);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("outcome", outcome);
		body.put("points", points);
		body.put("crimeSuspected", false);
		body.put("requiredChanges", changes);
		return body;
	}

	// --- the case ---

	private void deliver(MajorCases.MajorCase c) throws Exception {
		send("/api/v1/licensing/cases/" + c.id() + "/actions/deliver", "clerk", "CLERK",
				Map.of("revision", trace(c).revision(), "delivery", Map.of("method", "DIRECT", "receiver", "李四",
						"signedOn", MONDAY.toString(), "noReceiptReason", "送达回证原件已入纸质卷，扫描件待补传")))
			.andExpect(status().isOk());
	}

	/** An application of XK-001 received on Monday with nothing handed in yet. */
	private String receipt(String applicant) throws Exception {
		String code = "91431128MA4P" + String.format("%04d", Math.abs(applicant.hashCode() % 10000)) + "5";
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("applicantKind", "ORGANISATION");
		body.put("applicantName", applicant);
		body.put("creditCode", code + CreditCode.checkCharacter(code));
		body.put("contactName", "李四");
		body.put("contactPhone", "13800000000");
		body.put("itemCode", MajorCases.ITEM);
		JsonNode receipt = this.json.readTree(this.mvc
			.perform(post("/api/v1/licensing/applications").contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		return receipt.path("id").asString();
	}

	/**
	 * What a refused decision must leave as it was: the case's revision and state, its
	 * events, its journal and the major decisions counted for coverage; and on the review
	 * side, the review's revision.
	 */
	record Trace(int revision, String state, List<String> events, List<String> journal, long decisions,
			List<Integer> reviews) {

		/** The case's side only: what a review's own steps do not change. */
		Trace caseSide() {
			return new Trace(this.revision, this.state, this.events, List.of(), this.decisions, List.of());
		}

	}

	private Trace trace(MajorCases.MajorCase c) {
		UUID id = UUID.fromString(c.id());
		Map<String, Object> row = this.jdbc.sql("select revision, state from casework_case where id = :id")
			.param("id", id)
			.query()
			.singleRow();
		long decisions = this.jdbc.sql("select count(*) from review_decision where case_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		List<Integer> reviews = this.jdbc
			.sql("select revision from review_legal_review where case_id = :id order by ordinal")
			.param("id", id)
			.query(Integer.class)
			.list();
		return new Trace(((Number) row.get("revision")).intValue(), (String) row.get("state"), eventTypes(c.id()),
				journalTypes(c), decisions, reviews);
	}

	private List<String> eventTypes(String caseId) {
		return this.jdbc.sql("select type from casework_event where case_id = :id order by seq")
			.param("id", UUID.fromString(caseId))
			.query(String.class)
			.list();
	}

	private List<String> journalTypes(MajorCases.MajorCase c) {
		return this.jdbc.sql("select type from journal_entry where case_id = :id order by seq")
			.param("id", UUID.fromString(c.id()))
			.query(String.class)
			.list();
	}

	private long reviewedDecisions(MajorCases.MajorCase c) {
		return this.jdbc.sql("select count(review_id) from review_decision where case_id = :id")
			.param("id", UUID.fromString(c.id()))
			.query(Long.class)
			.single();
	}

	private String stateOf(String caseId) {
		return this.jdbc.sql("select state from casework_case where id = :id")
			.param("id", UUID.fromString(caseId))
			.query(String.class)
			.single();
	}

	private static CaseId caseId(MajorCases.MajorCase c) {
		return new CaseId(UUID.fromString(c.id()));
	}

	private static String licenceNumber(MajorCases.MajorCase c) {
		return "新发改核〔2026〕" + c.number().substring(c.number().length() - 4) + "号";
	}

	/** A clock at 01:20 Beijing time on {@code day}, when the sweeps run. */
	private static Clock on(LocalDate day) {
		return Clock.fixed(day.atTime(1, 20).atZone(ReviewConsoleDay.CHINA).toInstant(), ReviewConsoleDay.CHINA);
	}

	private ResultActions send(String path, String account, String role, Object body) throws Exception {
		return this.mvc.perform(post(path).with(user(account).roles(role))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
	}

}
