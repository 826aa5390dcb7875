package org.sanxiang.review;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.sanxiang.platform.InputRejected.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.review.ReviewFixtures.*;

@DisplayName("SH-2, SH-3 送审材料")
class PackagePolicyTests {

	private static final List<org.sanxiang.catalog.LegalBasis> BASES = List.of(ARTICLE_3, ARTICLE_19);

	@Test
	void aCompletePackageOfAMajorCaseIsAccepted() {
		assertThat(PackagePolicy.major(majorCase())).isNull();
		assertThat(PackagePolicy.complete(submission(), majorCase(), BASES, List.of(VIDEO))).isNull();
	}

	@Test
	void refusesACaseWithNoMajorDecisionToTakeAsAConflict() {
		Refusal refusal = PackagePolicy.major(snapshot(List.of(), null, List.of()));
		assertThat(refusal.rule()).isEqualTo(ReviewRule.SH_2);
		assertThat(refusal.conflict()).isTrue();
		assertThat(refusal.reason()).contains("不属于重大执法决定");
	}

	@Test
	void refusesAnEmptyPackageListingEverythingMissingAtOnce() {
		Refusal refusal = PackagePolicy.complete(empty(), majorCase(), BASES, List.of(VIDEO));
		assertThat(refusal.rule()).isEqualTo(ReviewRule.SH_3);
		assertThat(refusal.conflict()).isFalse();
		assertThat(refusal.errors()).extracting(FieldError::field)
			.containsExactly("action", "decisionText", "factsSummary", "legalBases", "discretionApplied", "evidenceIds",
					"handlingUnitOpinion", "handlingUnitHeadOpinion");
	}

	@Test
	void refusesALegalBasisTheItemDoesNotListAndEvidenceOfAnotherCase() {
		LegalReviews.Submission s = submission();
		LegalReviews.Submission wrong = new LegalReviews.Submission(s.caseId(), "撤销", s.decisionText(),
				s.factsSummary(), List.of(new LegalReviews.LegalBasisChoice("《某某法》", "第一条")), s.discretionApplied(),
				null, List.of(UUID.randomUUID().toString(), "not-an-id"), null, null, s.handlingUnitOpinion(),
				s.handlingUnitHeadOpinion(), true, " ", null);
		Refusal refusal = PackagePolicy.complete(wrong, majorCase(), BASES, List.of(VIDEO));
		assertThat(refusal.errors()).extracting(FieldError::field)
			.containsExactly("action", "legalBases[0]", "evidenceIds[0]", "evidenceIds[1]",
					"collectiveDiscussionReason");
		assertThat(refusal.errors().get(0).message()).contains("准予许可、不予许可");
	}

	@Test
	void aCaseThatHadAHearingNeedsItsRecordInThePackage() {
		var heard = snapshot(List.of(GRANT), "听证笔录〔2026〕1号", List.of());
		assertThat(PackagePolicy.complete(submission(), heard, BASES, List.of(VIDEO)).errors())
			.extracting(FieldError::field)
			.containsExactly("hearingRecord");
	}

	@Test
	void theChosenBasesAreTheCatalogsOwnInTheOrderChosen() {
		assertThat(PackagePolicy.chosen(List.of(new LegalReviews.LegalBasisChoice(ARTICLE_19.law(), "第十九条"),
				new LegalReviews.LegalBasisChoice(ARTICLE_3.law(), "第三条")), BASES))
			.containsExactly(ARTICLE_19, ARTICLE_3);
	}

}
