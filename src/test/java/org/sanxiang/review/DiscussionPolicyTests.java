package org.sanxiang.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.sanxiang.identity.Role;
import org.sanxiang.identity.StaffMember;
import org.sanxiang.platform.InputRejected.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.review.ReviewFixtures.TODAY;

@DisplayName("SH-5 集体讨论")
class DiscussionPolicyTests {

	private static Optional<StaffMember> staff(String account) {
		return switch (account.toLowerCase()) {
			case "director" -> Optional.of(new StaffMember("director", "局长", "JLD", Set.of(Role.DIRECTOR), true));
			case "deputy", "supervisor" ->
				Optional.of(new StaffMember(account, account, "JLD", Set.of(Role.SUPERVISOR), true));
			default -> Optional.empty();
		};
	}

	private static CollectiveDiscussion.Participant p(String account, String opinion) {
		return new CollectiveDiscussion.Participant(account, null, opinion);
	}

	@Test
	void aQuorumChairedByADirectorWithEveryOpinionStands() {
		LegalReviews.Minutes m = new LegalReviews.Minutes(TODAY, "director", List.of(p("director", "同意"),
				p("deputy", "同意"), new CollectiveDiscussion.Participant(null, "县司法局 王某", "同意")), "同意作出准予核准决定", true);
		assertThat(DiscussionPolicy.check(m, 3, DiscussionPolicyTests::staff, TODAY)).isNull();
	}

	@Test
	void refusesFewerThanTheQuorumAChairWhoIsNoDirectorAndMissingOpinions() {
		LegalReviews.Minutes m = new LegalReviews.Minutes(TODAY.plusDays(1), "deputy",
				List.of(p("deputy", "同意"), p("supervisor", " "), p("deputy", "同意")), " ", null);
		Refusal refusal = DiscussionPolicy.check(m, 3, DiscussionPolicyTests::staff, TODAY);
		assertThat(refusal.rule()).isEqualTo(ReviewRule.SH_5);
		assertThat(refusal.errors()).extracting(FieldError::field)
			.containsExactly("meetingOn", "participants[1]", "participants", "chair", "conclusion", "agreed");
	}

	@Test
	void theQuorumIsASetting() {
		LegalReviews.Minutes m = new LegalReviews.Minutes(LocalDate.of(2026, 5, 29), "director",
				List.of(p("director", "同意"), p("deputy", "同意"), p("supervisor", "同意")), "同意", true);
		assertThat(DiscussionPolicy.check(m, 3, DiscussionPolicyTests::staff, TODAY)).isNull();
		assertThat(DiscussionPolicy.check(m, 5, DiscussionPolicyTests::staff, TODAY).errors())
			.extracting(FieldError::field)
			.containsExactly("participants");
	}

}
