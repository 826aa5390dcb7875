package org.sanxiang.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.sanxiang.casework.ProposedDecision;
import org.sanxiang.platform.InputRejected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.review.ReviewFixtures.ARTICLE_3;
import static org.sanxiang.review.ReviewFixtures.TEXT;
import static org.sanxiang.review.ReviewFixtures.TODAY;

class OpinionDocumentTests {

	@Test
	void theOpinionCarriesEachPointTheCrimeQuestionTheOutcomeAndTheProposalReviewed() {
		ReviewRound round = ReviewFixtures.round(2, TEXT, TODAY, TODAY.plusDays(9));
		ReviewOpinion opinion = opinion(ReviewOutcome.PASSED_WITH_CHANGES,
				List.of(new PointFinding(ReviewPoint.LAW, Finding.NON_COMPLIANT, "应同时援引第十九条")),
				List.of("写明项目建设期限。", "援引《政府核准投资项目管理办法》第十九条"), null);

		Map<String, String> in = OpinionDocument.inputs(round, opinion, "投资股", "陈敏");

		assertThat(in).containsEntry("handlingUnit", "投资股")
			.containsEntry("round", "第2轮送审")
			.containsEntry("submittedOn", "2026年6月1日")
			.containsEntry("proposal", "准予许可")
			.containsEntry("proposalText", TEXT)
			.containsEntry("proposalDigest", ProposedDecision.digestOf("准予许可", TEXT))
			.containsEntry("legalBasis", ARTICLE_3.law() + ARTICLE_3.article())
			.containsEntry("findSubject", "符合")
			.containsEntry("findLaw", "不符合：应同时援引第十九条")
			.containsEntry("findCrime", "否")
			.containsEntry("conclusion", "修改后通过")
			.containsEntry("reviewer", "陈敏");
		assertThat(in.get("opinion")).contains("须作如下修改：（1）写明项目建设期限；（2）援引《政府核准投资项目管理办法》第十九条。").contains("经法制审核人员确认后");
		// every point has its field
		assertThat(OpinionDocument.POINT_FIELDS.values()).allMatch(in::containsKey).hasSize(7);
	}

	@Test
	void theReviewersOwnWordsComeFirstAndARejectionNamesThePointsThatFailed() {
		ReviewRound round = ReviewFixtures.round(1, TEXT, TODAY, TODAY.plusDays(9));
		assertThat(OpinionDocument.reasons(opinion(ReviewOutcome.PASSED, List.of(), List.of(), "同意核准")))
			.isEqualTo("同意核准。");
		assertThat(OpinionDocument.reasons(opinion(ReviewOutcome.REJECTED,
				List.of(new PointFinding(ReviewPoint.FACTS, Finding.NON_COMPLIANT, "选址与规划不符")), List.of(), null)))
			.contains("事实是否清楚", "不同意作出该决定");
		ReviewOpinion crime = new ReviewOpinion(ReviewOutcome.REJECTED, points(List.of()), true, "移送县公安局", List.of(),
				null, null, "reviewer", TODAY, Instant.EPOCH, List.of(), null);
		assertThat(OpinionDocument.inputs(round, crime, "投资股", "陈敏")).containsEntry("findCrime", "是。移送县公安局");
	}

	@Test
	void aLongDecisionTextIsPrintedAsAnExcerptBesideItsDigest() {
		String text = "准".repeat(OpinionDocument.LONG_TEXT + 1);
		String printed = OpinionDocument.text(text);
		assertThat(printed).startsWith("准".repeat(OpinionDocument.EXCERPT) + "……")
			.contains("全文共" + text.length() + "字", "SM3 摘要为准");
		assertThat(OpinionDocument.text(TEXT)).isEqualTo(TEXT);
	}

	@Test
	void aDocumentThatCannotBeIssuedIsAnUnprocessableRefusalNamingWhereInTheConclusionTheFaultIs() {
		Refusal refusal = OpinionDocument.refusal(
				InputRejected.unprocessable("document", "文书无法生成：字体中没有字符“😀”（U+1F600）。文书未签发，未占用文号。"),
				Map.of("findFacts", "不符合：见附图😀", "opinion", "不同意😀", "reviewer", "陈敏"));
		assertThat(refusal.conflict()).isFalse();
		assertThat(refusal.rule()).isEqualTo(ReviewRule.WS_2);
		assertThat(refusal.message()).contains("法制审核意见书未能出具，审核结论未保存", "U+1F600", "WS-2");
		assertThat(refusal.errors()).extracting(InputRejected.FieldError::field)
			.containsExactlyInAnyOrder("points.FACTS", "remarks");
		assertThat(OpinionDocument.conclusionField("findLaw")).isEqualTo("points.LAW");
		assertThat(OpinionDocument.conclusionField("findCrime")).isEqualTo("crimeComment");
		assertThat(OpinionDocument.conclusionField("opinion")).isEqualTo("remarks");
	}

	/** V18 data: an opinion numbered by the review itself, before it issued documents. */
	@Test
	void anOpinionStoredBeforeItWasAnIssuedDocumentReadsWithItsOldNumberAndNoDocument() {
		JsonMapper json = JsonMapper.shared();
		ReviewOpinion issued = opinion(ReviewOutcome.PASSED, List.of(), List.of(), null).issuedAs("新发改法审〔2026〕3号",
				UUID.randomUUID());
		ObjectNode stored = (ObjectNode) json.valueToTree(issued);
		stored.remove("documentId");
		ReviewOpinion read = json.treeToValue(stored, ReviewOpinion.class);
		assertThat(read.number()).isEqualTo("新发改法审〔2026〕3号");
		assertThat(read.documentId()).isNull();
		LegalReview review = ReviewFixtures.underReview("reviewer").concluded(read, false, null);
		assertThat(review.opinionNumber()).isEqualTo("新发改法审〔2026〕3号");
		assertThat(review.opinionDocumentId()).isNull();
	}

	private static ReviewOpinion opinion(ReviewOutcome outcome, List<PointFinding> exceptions, List<String> changes,
			String remarks) {
		return new ReviewOpinion(outcome, points(exceptions), false, null, changes, remarks, null, "reviewer", TODAY,
				Instant.EPOCH, List.of(), null);
	}

	/** Every point 符合 but those given. */
	private static List<PointFinding> points(List<PointFinding> exceptions) {
		List<PointFinding> points = new ArrayList<>();
		for (ReviewPoint p : ReviewPoint.values()) {
			points.add(exceptions.stream()
				.filter(f -> f.point() == p)
				.findFirst()
				.orElse(new PointFinding(p, Finding.COMPLIANT, null)));
		}
		return points;
	}

}
