package org.sanxiang.review;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.casework.CaseId;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The legal review in the console (issue 6 item 8) on PostgreSQL: the case page's 法制审核
 * panel and the officer's package form (SH-3), the reviewer's work list with its clocks
 * and the review page with the package beside the seven points (SH-4), every outcome and
 * what follows it — the amended text ticked change by change and confirmed, the
 * resubmission as a new round (SH-5) — the 负责人's reassignment, extension and collective
 * discussion, the statistics supervision reads (SH-1, SH-7), and the gate seen from the
 * case page: a decision of any other text is refused with 409 (SH-1). A refused form
 * comes back as typed with the message beside it; nothing is saved.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
@Import(ReviewConsoleDay.class)
class ReviewConsoleIntegrationTests {

	static final String TEXT = "准予核准新田县示例风电项目，建设规模30兆瓦。";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LegalReviews reviews;

	MajorCases cases;

	@BeforeEach
	void cases() {
		this.cases = new MajorCases(this.mvc, this.json, this.jdbc);
	}

	// --- the officer: the case page and the package ---

	@Test
	void theCasePageOfAMajorCaseShowsItsReviewStatusAndTheOfficersPackageForm() throws Exception {
		MajorCases.MajorCase c = this.cases.atDecision("新田县示例风能有限公司");
		String page = page(get("/console/licensing/" + c.id()), "officer1", "OFFICER");
		assertThat(page).contains("id=\"review\"", "未经法制审核", "本案属于重大执法决定，作出决定前须经法制审核", "id=\"review-submission\"",
				MajorCases.BASIS_LAW, c.evidenceName(), "办案程序摘要", "受理（clerk）", "承办机构意见", "自动指派（在办审核最少者）",
				"<option value=\"准予许可\"");
		// read by anyone on the case: the status, but no form
		String clerk = page(get("/console/licensing/" + c.id()), "clerk", "CLERK");
		assertThat(clerk).contains("id=\"review-status\"", "未经法制审核").doesNotContain("id=\"review-submission\"");
	}

	@Test
	void anIncompletePackageComesBackAsTypedWithEverythingMissingBesideItsFieldAndNothingSaved() throws Exception {
		MajorCases.MajorCase c = this.cases.atDecision("新田县示例储能有限公司");
		String page = this.mvc
			.perform(post("/console/reviews/cases/" + c.id() + "/submission").with(user("officer1").roles("OFFICER"))
				.with(csrf())
				.param("action", "准予许可")
				.param("decisionText", "准予<核准>")
				.param("factsSummary", "事实清楚"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("未提交，尚未保存任何内容", "SH-3", "准予&lt;核准&gt;", "事实清楚", "请从事项的执法依据中选择适用的法律依据",
				"请列明作出决定所依据的证据", "请填写法制审核申请表的承办机构意见", "id=\"back-to-case\"");
		assertThat(form(page, "review-submission")).contains("请说明行政裁量基准的适用情况");
		assertThat(this.reviews.ofCase(CaseId.of(c.id()))).isEmpty();
	}

	@Test
	void theReviewerWorksFromTheListAndConcludesOnTheSevenPointsAndTheDirectorGrantsExactlyTheReviewedText()
			throws Exception {
		MajorCases.MajorCase c = this.cases.atDecision("新田县示例光伏科技有限公司");
		submit(c, TEXT).andExpect(status().isFound())
			.andExpect(redirectedUrl("/console/licensing/" + c.id() + "#review"));
		LegalReview review = this.reviews.ofCase(CaseId.of(c.id())).get(0);
		assertThat(review.reviewer()).isEqualTo("reviewer");

		// the work list: mine, with the clock and the case's own deadline
		String list = page(get("/console/reviews"), "reviewer", "REVIEWER");
		String row = row(list, "mine", c.number());
		assertThat(row).contains("审核中", "正常", "至 2026-06-10", "剩余 7 个工作日", "准予许可");

		// the review page: the package beside the seven points, each with what the
		// records show
		String reviewPage = page(get("/console/reviews/" + review.id()), "reviewer", "REVIEWER");
		assertThat(reviewPage).contains("id=\"review-package\"", "id=\"review-points\"", TEXT, c.evidenceName(),
				"执法主体是否适格", "事实是否清楚", "证据是否确凿", "适用法律是否正确", "程序是否合法", "行政裁量基准适用是否适当", "法律文书是否规范", "是否涉嫌犯罪需要移送",
				"文书模块尚未启用，请人工核对", "本机关（新田县发展和改革局）权责清单列有事项 XK-001");
		// the subject point is pre-filled as the records suggest
		assertThat(reviewPage).containsPattern("id=\"finding-SUBJECT-COMPLIANT\"\\s+checked");

		// a point left unanswered: shown again as chosen, the message beside the point
		String refused = this.mvc
			.perform(conclusion(review.id(), "reviewer", "PASSED", "DOCUMENTS").param("remarks", "已核对"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("请对“法律文书是否规范”作出审核意见", "SH-4", "已核对");
		assertThat(this.reviews.review(review.id()).status()).isEqualTo(ReviewStatus.UNDER_REVIEW);

		this.mvc.perform(conclusion(review.id(), "reviewer", "PASSED", null))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/console/reviews/" + review.id()));
		LegalReview passed = this.reviews.review(review.id());
		assertThat(passed.status()).isEqualTo(ReviewStatus.PASSED);
		assertThat(page(get("/console/reviews/" + review.id()), "reviewer", "REVIEWER"))
			.contains(passed.opinionNumber(), "审核通过", "id=\"cleared-text\"");

		// the case page shows the outcome and the one text that may be issued
		String casePage = page(get("/console/licensing/" + c.id()), "director", "DIRECTOR");
		assertThat(casePage).contains("审核通过", passed.opinionNumber(), "id=\"cleared-text\"");

		// the gate from the console: any other text is refused with 409 and the law's
		// words
		String gate = this.mvc.perform(grant(c, TEXT + "（修改）"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(gate).contains("未经法制审核或者审核未通过，不得作出决定", "须重新提交法制审核", "SH-1");
		this.mvc.perform(grant(c, TEXT)).andExpect(status().isFound());
		assertThat(page(get("/console/licensing/" + c.id()), "director", "DIRECTOR")).contains("准予许可");
	}

	@Test
	void passedWithChangesNeedsATickedChangeEachAndTheReviewersConfirmationBeforeTheAmendedTextClears()
			throws Exception {
		MajorCases.MajorCase c = this.cases.atDecision("新田县示例水电有限公司");
		submit(c, TEXT).andExpect(status().isFound());
		ReviewId id = this.reviews.ofCase(CaseId.of(c.id())).get(0).id();
		this.mvc
			.perform(conclusion(id, "reviewer", "PASSED_WITH_CHANGES", null).param("requiredChanges", "写明建设地点\n写明有效期"))
			.andExpect(status().isFound());

		String panel = page(get("/console/licensing/" + c.id()), "officer1", "OFFICER");
		assertThat(form(panel, "review-amendment")).contains("第 1 项：写明建设地点", "第 2 项：写明有效期", TEXT);

		String amended = TEXT + "建设地点：新田县龙泉镇。有效期二年。";
		String refused = this.mvc
			.perform(post("/console/reviews/" + id + "/amendment").with(user("officer1").roles("OFFICER"))
				.with(csrf())
				.param("decisionText", amended)
				.param("made", "1")
				.param("how_1", "补充了建设地点"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("请确认第2项修改（写明有效期）并说明如何修改", "补充了建设地点", amended);
		assertThat(this.reviews.review(id).status()).isEqualTo(ReviewStatus.AWAITING_AMENDMENT);

		this.mvc
			.perform(post("/console/reviews/" + id + "/amendment").with(user("officer1").roles("OFFICER"))
				.with(csrf())
				.param("decisionText", amended)
				.param("made", "1", "2")
				.param("how_1", "补充了建设地点")
				.param("how_2", "补充了有效期"))
			.andExpect(status().isFound());
		String reviewPage = page(get("/console/reviews/" + id), "reviewer", "REVIEWER");
		assertThat(reviewPage).contains("id=\"review-confirmation\"", "写明有效期 —— 补充了有效期", amended);
		this.mvc
			.perform(post("/console/reviews/" + id + "/confirmation").with(user("reviewer").roles("REVIEWER"))
				.with(csrf()))
			.andExpect(status().isFound());
		LegalReview passed = this.reviews.review(id);
		assertThat(passed.status()).isEqualTo(ReviewStatus.PASSED);
		assertThat(page(get("/console/licensing/" + c.id()), "director", "DIRECTOR")).contains(amended,
				"id=\"cleared-text\"");
	}

	@Test
	void aReturnedPackageIsSentAgainAsTheNextRoundWithTheEarlierRoundKept() throws Exception {
		MajorCases.MajorCase c = this.cases.atDecision("新田县示例生物质能有限公司");
		submit(c, TEXT).andExpect(status().isFound());
		ReviewId id = this.reviews.ofCase(CaseId.of(c.id())).get(0).id();
		this.mvc
			.perform(conclusion(id, "reviewer", "RETURNED", "FACTS").param("comment_FACTS", "用地情况不清")
				.param("requiredChanges", "补充用地预审意见"))
			.andExpect(status().isFound());

		String panel = page(get("/console/licensing/" + c.id()), "officer1", "OFFICER");
		assertThat(panel).contains("审核人员退回补充", "补充用地预审意见", "重新提交法制审核（第 2 轮）");
		// the earlier package, to be supplemented
		assertThat(form(panel, "review-submission")).contains(TEXT, "/console/reviews/" + id + "/rounds");

		this.mvc
			.perform(post("/console/reviews/" + id + "/rounds").with(user("officer1").roles("OFFICER"))
				.with(csrf())
				.param("action", "准予许可")
				.param("decisionText", TEXT)
				.param("factsSummary", "项目用地已取得用地预审意见。")
				.param("legalBases", "0")
				.param("discretionApplied", "不涉及裁量")
				.param("evidenceIds", c.evidenceId())
				.param("handlingUnitOpinion", "拟予核准")
				.param("handlingUnitHeadOpinion", "同意"))
			.andExpect(status().isFound());
		LegalReview second = this.reviews.review(id);
		assertThat(second.currentRound().number()).isEqualTo(2);
		String reviewPage = page(get("/console/reviews/" + id), "reviewer", "REVIEWER");
		assertThat(reviewPage).contains("id=\"round-1\"", "id=\"round-2\"", "用地情况不清", "项目用地已取得用地预审意见。");
	}

	@Test
	void aDirectorReassignsWithAReasonExtendsOnceAndRecordsACollectiveDiscussionWithItsQuorum() throws Exception {
		this.cases.staffAccount("reviewer9", "REVIEWER");
		MajorCases.MajorCase c = this.cases.atDecision("新田县示例氢能有限公司");
		submit(c, TEXT).andExpect(status().isFound());
		ReviewId id = this.reviews.ofCase(CaseId.of(c.id())).get(0).id();
		String page = page(get("/console/reviews/" + id), "director", "DIRECTOR");
		assertThat(page).contains("id=\"reassignment\"", "id=\"extension\"", "id=\"discussion\"")
			.doesNotContain("id=\"review-conclusion\"");

		String noReason = this.mvc
			.perform(director(post("/console/reviews/" + id + "/reassignment")).param("reviewer", "reviewer9"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form(noReason, "reassignment")).contains("请说明改派理由");
		this.mvc
			.perform(director(post("/console/reviews/" + id + "/reassignment")).param("reviewer", "reviewer9")
				.param("reason", "原审核人员出差"))
			.andExpect(status().isFound());
		assertThat(this.reviews.review(id).reviewer()).isEqualTo("reviewer9");

		this.mvc.perform(director(post("/console/reviews/" + id + "/extension")).param("reason", "案情复杂"))
			.andExpect(status().isFound());
		assertThat(this.reviews.review(id).currentRound().dueOn()).isEqualTo("2026-06-15");
		String twice = this.mvc.perform(director(post("/console/reviews/" + id + "/extension")).param("reason", "再次延长"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(twice).contains("不能再次延长");

		String short1 = this.mvc
			.perform(
					director(post("/console/reviews/" + id + "/collective-discussion")).param("meetingOn", "2026-06-01")
						.param("chair", "director")
						.param("participantAccount_0", "director")
						.param("participantOpinion_0", "同意")
						.param("participantName_1", "王副局长")
						.param("participantOpinion_1", "同意")
						.param("conclusion", "同意作出准予核准决定")
						.param("agreed", "true"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form(short1, "discussion")).contains("集体讨论参加人员不得少于3人，现为2人", "王副局长", "同意作出准予核准决定");
		this.mvc
			.perform(
					director(post("/console/reviews/" + id + "/collective-discussion")).param("meetingOn", "2026-06-01")
						.param("chair", "director")
						.param("participantAccount_0", "director")
						.param("participantOpinion_0", "同意")
						.param("participantName_1", "王副局长")
						.param("participantOpinion_1", "同意")
						.param("participantName_2", "李股长")
						.param("participantOpinion_2", "同意，注意环评")
						.param("conclusion", "同意作出准予核准决定")
						.param("agreed", "true"))
			.andExpect(status().isFound());
		assertThat(page(get("/console/reviews/" + id), "director", "DIRECTOR")).contains("id=\"discussion-record\"",
				"李股长：同意，注意环评", "原审核人员出差");
	}

	// --- supervision, the journal, who may do what ---

	@Test
	void supervisionReadsCoverageAverageReviewTimeAndReviewersPerAgency() throws Exception {
		String page = page(get("/console/reviews"), "supervisor", "SUPERVISOR");
		assertThat(page).contains("法制审核统计", "重大执法决定覆盖率（应为 100%）", "平均审核用时", "id=\"reviewer-ratios\"", "新田县发展和改革局",
				"id=\"open\"");
		assertThat(page(get("/console/reviews").param("from", "2026-13-01"), "supervisor", "SUPERVISOR"))
			.contains("起始日期格式不正确");
		assertThat(page(get("/console/reviews"), "reviewer", "REVIEWER")).doesNotContain("法制审核统计");
	}

	@Test
	void theJournalNamesTheReviewsEventsInChinese() throws Exception {
		MajorCases.MajorCase c = this.cases.atDecision("新田县示例地热有限公司");
		submit(c, TEXT).andExpect(status().isFound());
		String journal = page(get("/console/journal/cases/" + c.id()), "officer1", "OFFICER");
		assertThat(journal).contains("提交法制审核", "指派法制审核人员", "（查看法制审核）");
	}

	@Test
	void onlyTheRolesOfTheReviewMayUseItsPagesAndForms() throws Exception {
		this.mvc.perform(get("/console/reviews").with(user("clerk").roles("CLERK"))).andExpect(status().isForbidden());
		MajorCases.MajorCase c = this.cases.atDecision("新田县示例沼气有限公司");
		this.mvc
			.perform(post("/console/reviews/cases/" + c.id() + "/submission").with(user("reviewer").roles("REVIEWER"))
				.with(csrf())
				.param("action", "准予许可"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/console/reviews/" + UUID.randomUUID()).with(user("reviewer").roles("REVIEWER")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aCaseThatNeedsNoReviewShowsNoPanel() throws Exception {
		// the archived demo case: 节能审查 (XK-002), no hearing, never flagged major — not
		// whichever row another test left first
		String id = this.jdbc
			.sql("select id::text from casework_case where item_code = 'XK-002' and applicant_name = '新田县示例新能源有限公司'")
			.query(String.class)
			.single();
		assertThat(page(get("/console/licensing/" + id), "officer1", "OFFICER")).doesNotContain("id=\"review\"");
	}

	// --- helpers ---

	private ResultActions submit(MajorCases.MajorCase c, String text) throws Exception {
		return this.mvc
			.perform(post("/console/reviews/cases/" + c.id() + "/submission").with(user("officer1").roles("OFFICER"))
				.with(csrf())
				.param("action", "准予许可")
				.param("decisionText", text)
				.param("factsSummary", "项目位于新田县，属县级核准范围，申报材料齐全，现场情况与申报一致。")
				.param("legalBases", "0")
				.param("discretionApplied", "核准事项不涉及行政裁量")
				.param("evidenceIds", c.evidenceId())
				.param("handlingUnitOpinion", "符合核准条件，拟予核准")
				.param("handlingUnitHeadOpinion", "同意")
				.param("reviewer", "reviewer"));
	}

	/**
	 * A conclusion with every point 符合 and no crime, except {@code unanswered}, which is
	 * answered 需补充 for RETURNED and left out otherwise.
	 */
	private MockHttpServletRequestBuilder conclusion(ReviewId id, String reviewer, String outcome, String unanswered) {
		MockHttpServletRequestBuilder request = post("/console/reviews/" + id + "/conclusion")
			.with(user(reviewer).roles("REVIEWER"))
			.with(csrf())
			.param("outcome", outcome)
			.param("crimeSuspected", "false");
		for (ReviewPoint p : ReviewPoint.values()) {
			if (!p.name().equals(unanswered)) {
				request.param("finding_" + p.name(), "COMPLIANT");
			}
			else if ("RETURNED".equals(outcome)) {
				request.param("finding_" + p.name(), "NEEDS_SUPPLEMENT");
			}
		}
		return request;
	}

	private MockHttpServletRequestBuilder grant(MajorCases.MajorCase c, String text) {
		int revision = this.jdbc.sql("select revision from casework_case where id = :id")
			.param("id", UUID.fromString(c.id()))
			.query(Integer.class)
			.single();
		return post("/console/licensing/" + c.id() + "/actions/grant").with(user("director").roles("DIRECTOR"))
			.with(csrf())
			.param("revision", Integer.toString(revision))
			.param("text", text)
			.param("licenceNumber", "新发改核〔2026〕" + c.number().substring(c.number().length() - 4) + "号")
			.param("validTo", "2028-06-01");
	}

	private static MockHttpServletRequestBuilder director(MockHttpServletRequestBuilder request) {
		return request.with(user("director").roles("DIRECTOR")).with(csrf());
	}

	private String page(MockHttpServletRequestBuilder request, String account, String role) throws Exception {
		return this.mvc.perform(request.with(user(account).roles(role)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The form with this id, as the page shows it. */
	private static String form(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as("form " + id).isNotNegative();
		return page.substring(start, page.indexOf("</form>", start));
	}

	/** The row of {@code caseNumber} in the table with this id. */
	private static String row(String page, String table, String caseNumber) {
		int start = page.indexOf("<table id=\"" + table + "\"");
		assertThat(start).as("table " + table).isNotNegative();
		String rows = page.substring(start, page.indexOf("</table>", start));
		int at = rows.indexOf("data-case=\"" + caseNumber + "\"");
		assertThat(at).as("row " + caseNumber).isNotNegative();
		return rows.substring(at, rows.indexOf("</tr>", at));
	}

}
