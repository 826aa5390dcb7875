package org.sanxiang.review;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.ItemVersion;
import org.sanxiang.casework.ProposedDecision;
import org.sanxiang.documents.Documents;
import org.sanxiang.documents.IssuedDocument;
import org.sanxiang.identity.Role;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 法制审核意见书 as an issued document (WS-1, WS-2) on PostgreSQL: a conclusion other than
 * 退回补充 issues it through the documents module in its own transaction — numbered in the
 * register's series 新发改法审, its PDF carrying the seven points, the conclusion, the
 * proposal reviewed and the reviewer, verifiable — and the gate names it; a returned
 * package gets none; an opinion that cannot be issued refuses the conclusion (422) and
 * keeps nothing, not even a number.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
@Import(ReviewConsoleDay.class)
class ReviewOpinionDocumentIntegrationTests {

	static final String TEXT = "准予核准新田县示例生物质发电项目，建设规模15兆瓦，项目建设期二年。";

	static final Actor OFFICER = Actor.staff("officer1", "张伟（示例）", Role.OFFICER);

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LegalReviews reviews;

	@Autowired
	Documents documents;

	MajorCases cases;

	@BeforeEach
	void cases() {
		this.cases = new MajorCases(this.mvc, this.json, this.jdbc);
	}

	@Test
	void concludingAReviewIssuesTheNumberedOpinionWhosePdfCarriesTheFindingsAndTheConclusion() throws Exception {
		MajorCases.MajorCase c = this.cases.atDecision("新田县示例生物质能源有限公司");
		LegalReview review = submit(c);
		Map<String, Object> body = conclusion("PASSED", "SUBJECT", "COMPLIANT", "执法证件均在有效期内");
		body.put("remarks", "事实清楚，证据确凿，同意核准");
		conclude(review.id(), body).andExpect(status().isOk())
			.andExpect(jsonPath("$.opinionNumber").value(matchesPattern("新发改法审〔2026〕\\d+号")))
			.andExpect(jsonPath("$.opinionPdf").value(containsString("/api/v1/documents/")));

		LegalReview passed = this.reviews.review(review.id());
		String number = passed.opinionNumber();
		IssuedDocument document = this.documents.byNumber(number).orElseThrow();
		assertThat(document.id()).isEqualTo(passed.opinionDocumentId());
		assertThat(document.templateCode()).isEqualTo("review-opinion");
		assertThat(document.title()).isEqualTo("重大行政许可法制审核意见书");
		assertThat(document.caseId()).isEqualTo(UUID.fromString(c.id()));
		assertThat(document.issuedBy()).isEqualTo("reviewer");
		assertThat(document.valid()).isTrue();

		String pdf = text(this.documents.pdf(document.id()));
		assertThat(pdf).contains(number, "重大行政许可法制审核意见书", "新田县示例生物质能源有限公司", c.number(), TEXT,
				passed.currentRound().proposedDigest(), MajorCases.BASIS_LAW, "执法主体是否适格", "符合。执法证件均在有效期内", "事实是否清楚",
				"证据是否确凿", "适用法律是否正确", "程序是否合法", "行政裁量基准适用是否适当", "法律文书是否规范", "是否涉嫌犯罪需要移送司法机关", "审核结论：通过",
				"事实清楚，证据确凿，同意核准。", "审核人员：陈敏（示例）", "审核日期：2026年6月1日");

		// the gate's clearance names the document, which the public can verify
		ProposedDecision grant = new ProposedDecision(CaseId.of(c.id()), new ItemVersion(MajorCases.ITEM, 0, null),
				"准予许可", TEXT, "director");
		assertThat(this.reviews.clearance(grant).reason()).isEqualTo("法制审核意见书 " + number);
		this.mvc
			.perform(get(URI
				.create(UriComponentsBuilder.fromPath("/verify/document").pathSegment(number).encode().toUriString())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(document.sm3())));

		// journaled in the conclusion's transaction: the document first, then the
		// conclusion
		List<String> journal = journalTypes(c.id());
		assertThat(journal.indexOf("DocumentIssued")).isNotNegative().isLessThan(journal.indexOf("ReviewConcluded"));

		// the review page and the case's review panel link to the PDF
		String pdfLink = "/api/v1/documents/" + document.id() + "/pdf";
		assertThat(page("/console/reviews/" + review.id(), "reviewer", "REVIEWER")).contains(number, pdfLink);
		assertThat(page("/console/licensing/" + c.id(), "officer1", "OFFICER")).contains("id=\"review-opinion-pdf\"",
				pdfLink);
	}

	@Test
	void aReturnedPackageIssuesNoOpinion() throws Exception {
		MajorCases.MajorCase c = this.cases.atDecision("新田县示例垃圾发电有限公司");
		LegalReview review = submit(c);
		Map<String, Object> body = conclusion("RETURNED", "EVIDENCE", "NEEDS_SUPPLEMENT", "缺少环评批复");
		body.put("requiredChanges", List.of("补充环境影响评价批复"));
		conclude(review.id(), body).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.opinionNumber").doesNotExist());
		assertThat(this.documents.ofCase(CaseId.of(c.id()))).isEmpty();
		assertThat(journalTypes(c.id())).contains("ReviewConcluded").doesNotContain("DocumentIssued");
	}

	@Test
	void anOpinionThatCannotBeIssuedRefusesTheConclusionAndKeepsNothingNotEvenANumber() throws Exception {
		MajorCases.MajorCase c = this.cases.atDecision("新田县示例抽水蓄能有限公司");
		LegalReview review = submit(c);
		int last = lastOpinionSequence();
		List<String> journalBefore = journalTypes(c.id());

		// a character the documents' font lacks, in the reviewer's own words
		Map<String, Object> body = conclusion("REJECTED", "FACTS", "NON_COMPLIANT", "项目选址与规划不符");
		body.put("remarks", "不同意核准😀");
		conclude(review.id(), body).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("WS-2"))
			.andExpect(jsonPath("$.detail").value(containsString("法制审核意见书未能出具，审核结论未保存")))
			.andExpect(jsonPath("$.detail").value(containsString("U+1F600")))
			.andExpect(jsonPath("$.errors[0].field").value("remarks"));

		LegalReview unchanged = this.reviews.review(review.id());
		assertThat(unchanged.status()).isEqualTo(ReviewStatus.UNDER_REVIEW);
		assertThat(unchanged.revision()).isEqualTo(review.revision());
		assertThat(unchanged.currentRound().opinion()).isNull();
		assertThat(this.documents.ofCase(CaseId.of(c.id()))).isEmpty();
		assertThat(journalTypes(c.id())).isEqualTo(journalBefore);
		assertThat(lastOpinionSequence()).isEqualTo(last);

		// corrected, the conclusion takes the very next number: no gap
		body.put("remarks", "不同意核准");
		conclude(review.id(), body).andExpect(status().isOk())
			.andExpect(jsonPath("$.opinionNumber").value("新发改法审〔2026〕" + (last + 1) + "号"));
		assertThat(text(this.documents.pdf(this.reviews.review(review.id()).opinionDocumentId()))).contains("审核结论：不通过",
				"不符合：项目选址与规划不符", "不同意核准。");
	}

	// --- helpers ---

	private LegalReview submit(MajorCases.MajorCase c) {
		return this.reviews.submit(new LegalReviews.Submission(CaseId.of(c.id()), "准予许可", TEXT, "项目位于新田县，属县级核准范围。",
				List.of(new LegalReviews.LegalBasisChoice(MajorCases.BASIS_LAW, "第三条")), "核准事项不涉及行政裁量", null,
				List.of(c.evidenceId()), null, null, "符合核准条件，拟予核准", "同意", false, null, "reviewer"), OFFICER);
	}

	/** Every point 符合 and no crime, except {@code point} answered {@code finding}. */
	private static Map<String, Object> conclusion(String outcome, String point, String finding, String comment) {
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
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("outcome", outcome);
		body.put("points", points);
		body.put("crimeSuspected", false);
		return body;
	}

	private ResultActions conclude(ReviewId id, Map<String, Object> body) throws Exception {
		return this.mvc.perform(post("/api/v1/reviews/" + id + "/conclusion").with(user("reviewer").roles("REVIEWER"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
	}

	private String page(String path, String account, String role) throws Exception {
		return this.mvc.perform(get(path).with(user(account).roles(role)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The last number taken in 2026 in the series of the 法制审核意见书. */
	private int lastOpinionSequence() {
		return this.jdbc
			.sql("select coalesce(max(last_sequence), 0) from documents_series where series = '新发改法审' and year = 2026")
			.query(Integer.class)
			.single();
	}

	private List<String> journalTypes(String caseId) {
		return this.jdbc.sql("select type from journal_entry where case_id = :id order by seq")
			.param("id", UUID.fromString(caseId))
			.query(String.class)
			.list();
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument loaded = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(loaded).replaceAll("\\s", "");
		}
	}

}
