package org.sanxiang.review;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.sanxiang.platform.InputRejected.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.review.ReviewFixtures.conclusion;

@DisplayName("SH-4, SH-5 审核结论")
class ConclusionPolicyTests {

	@Test
	void aPassWithEveryPointCompliantStands() {
		assertThat(ConclusionPolicy.check(conclusion(ReviewOutcome.PASSED, List.of()))).isNull();
		assertThat(ConclusionPolicy.check(conclusion(ReviewOutcome.REJECTED, List.of()))).isNull();
	}

	@Test
	void refusesAnOutcomeWithoutAllSevenPointsAndTheCrimeQuestionAnswered() {
		LegalReviews.Conclusion c = conclusion(ReviewOutcome.PASSED, List.of());
		List<PointFinding> six = new ArrayList<>(c.points());
		six.remove(6);
		Refusal refusal = ConclusionPolicy
			.check(new LegalReviews.Conclusion(ReviewOutcome.PASSED, six, null, null, List.of(), null, false, null));
		assertThat(refusal.rule()).isEqualTo(ReviewRule.SH_4);
		assertThat(refusal.errors()).extracting(FieldError::field)
			.containsExactly("points.DOCUMENTS", "crimeSuspected");
	}

	@Test
	void refusesAPointNotCompliantWithoutAReason() {
		List<PointFinding> points = new ArrayList<>(conclusion(ReviewOutcome.REJECTED, List.of()).points());
		points.set(1, new PointFinding(ReviewPoint.FACTS, Finding.NON_COMPLIANT, " "));
		Refusal refusal = ConclusionPolicy.check(
				new LegalReviews.Conclusion(ReviewOutcome.REJECTED, points, false, null, List.of(), null, false, null));
		assertThat(refusal.errors()).extracting(FieldError::field).containsExactly("points.FACTS");
	}

	@Test
	void refusesPassedWithChangesWithoutTheChanges() {
		Refusal refusal = ConclusionPolicy.check(conclusion(ReviewOutcome.PASSED_WITH_CHANGES, List.of(" ")));
		assertThat(refusal.rule()).isEqualTo(ReviewRule.SH_5);
		assertThat(refusal.reason()).contains("逐项列明需要修改的内容");
		assertThat(ConclusionPolicy.check(conclusion(ReviewOutcome.PASSED_WITH_CHANGES, List.of("删去第二段")))).isNull();
	}

	@Test
	void refusesAPassWhileAPointIsNotCompliant() {
		List<PointFinding> points = new ArrayList<>(conclusion(ReviewOutcome.PASSED, List.of()).points());
		points.set(6, new PointFinding(ReviewPoint.DOCUMENTS, Finding.NEEDS_SUPPLEMENT, "文书未编号"));
		Refusal pass = ConclusionPolicy.check(
				new LegalReviews.Conclusion(ReviewOutcome.PASSED, points, false, null, List.of(), null, false, null));
		assertThat(pass.rule()).isEqualTo(ReviewRule.SH_4);
		Refusal withChanges = ConclusionPolicy.check(new LegalReviews.Conclusion(ReviewOutcome.PASSED_WITH_CHANGES,
				points, false, null, List.of("补充文书编号"), null, false, null));
		assertThat(withChanges.reason()).contains("应当退回补充");
	}

	@Test
	void aReturnNamesWhatToSupplement() {
		assertThat(ConclusionPolicy.check(conclusion(ReviewOutcome.RETURNED, List.of())).reason()).contains("需要补充");
	}

}
