package org.sanxiang.review;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.review.ReviewFixtures.*;

@DisplayName("Separation of duties: a reviewer never reviews a case they had a hand in")
class SeparationOfDutiesTests {

	private final SeparationOfDuties involved = SeparationOfDuties.of(majorCase(),
			Map.of("O-003", "officer1", "O-004", "officer2"),
			List.of(evidence(java.util.UUID.randomUUID(), "uploader")), List.of("submitter"));

	@Test
	void everyoneWhoActedWasAssignedRecordedEvidenceOrSubmittedIsInvolved() {
		assertThat(this.involved.byAccount()).containsOnlyKeys("clerk", "director", "officer1", "officer2", "uploader",
				"submitter");
		assertThat(this.involved.involved("Clerk")).isTrue();
		assertThat(this.involved.involved("reviewer")).isFalse();
	}

	@Test
	void refusesAReviewerWhoHandledTheCaseNamingWhatTheyDid() {
		Refusal refusal = this.involved.check("officer1", "reviewer");
		assertThat(refusal.conflict()).isTrue();
		assertThat(refusal.rule()).isEqualTo(ReviewRule.SEPARATION);
		assertThat(refusal.reason()).contains("officer1", "承办人", "不得审核本案");
		assertThat(this.involved.check("reviewer", "reviewer")).isNull();
	}

}
