package org.sanxiang.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.sanxiang.casework.DecisionGuard;
import org.sanxiang.casework.ProposedDecision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.review.ReviewFixtures.*;

@DisplayName("SH-1 the gate: 未经法制审核或者审核未通过，不得作出决定")
class GatePolicyTests {

	@Test
	void refusesDecisionWithoutLegalReview() {
		DecisionGuard.Clearance c = GatePolicy.clearance(null, proposal(TEXT, "director"));
		assertThat(c.passed()).isFalse();
		assertThat(c.reason()).startsWith("未经法制审核或者审核未通过，不得作出决定").contains("没有法制审核记录");
	}

	@Test
	void refusesDecisionWhileTheLatestReviewHasNotPassed() {
		assertThat(GatePolicy.clearance(underReview("reviewer"), proposal(TEXT, "director")).reason()).contains("审核中");
		LegalReview rejected = underReview("reviewer").concluded(opinion(ReviewOutcome.REJECTED, "reviewer", List.of()),
				false, null);
		assertThat(GatePolicy.clearance(rejected, proposal(TEXT, "director")).passed()).isFalse();
	}

	@Test
	void passesExactlyTheReviewedProposal() {
		DecisionGuard.Clearance c = GatePolicy.clearance(passed("reviewer"), proposal(TEXT, "director"));
		assertThat(c.passed()).isTrue();
		assertThat(c.reason()).contains("新发改法审〔2026〕1号");
	}

	@Test
	void refusesATextChangedAfterTheReview() {
		DecisionGuard.Clearance c = GatePolicy.clearance(passed("reviewer"), proposal(TEXT + " ", "director"));
		assertThat(c.passed()).isFalse();
		assertThat(c.reason()).contains("内容不一致", "须重新提交法制审核");
		ProposedDecision denial = new ProposedDecision(CASE, ITEM, "不予许可", TEXT, "director");
		assertThat(GatePolicy.clearance(passed("reviewer"), denial).passed()).isFalse();
	}

	@Test
	void refusesAnApproverWhoReviewedTheCase() {
		DecisionGuard.Clearance c = GatePolicy.clearance(passed("chief"), proposal(TEXT, "Chief"));
		assertThat(c.passed()).isFalse();
		assertThat(c.reason()).contains("不得批准");
	}

	@Test
	void passesTheAmendedTextOnlyOnceTheReviewerConfirmedIt() {
		String amended = TEXT + "项目建设期二年。";
		LegalReview withChanges = underReview("reviewer")
			.concluded(opinion(ReviewOutcome.PASSED_WITH_CHANGES, "reviewer", List.of("写明建设期")), false, null)
			.amended(new ReviewRound.Amendment(amended, ProposedDecision.digestOf(GRANT, amended),
					List.of(new ReviewRound.ChangeMade(1, "已写明")), "officer1", Instant.EPOCH));
		assertThat(GatePolicy.clearance(withChanges, proposal(amended, "director")).passed()).isFalse();
		LegalReview confirmed = withChanges.confirmed(
				new ReviewRound.Confirmation("reviewer", Instant.EPOCH, ProposedDecision.digestOf(GRANT, amended)));
		assertThat(GatePolicy.clearance(confirmed, proposal(amended, "director")).passed()).isTrue();
		assertThat(GatePolicy.clearance(confirmed, proposal(TEXT, "director")).passed()).isFalse();
	}

	@Test
	void refusesACaseThatNeedsACollectiveDiscussionUntilItAgreed() {
		LegalReview needs = passed("reviewer").discussionRequired("新类型案件");
		assertThat(GatePolicy.clearance(needs, proposal(TEXT, "director")).reason()).contains("尚未集体讨论");
		CollectiveDiscussion against = new CollectiveDiscussion(LocalDate.of(2026, 6, 1), "director", List.of(), "暂缓",
				false, "director", Instant.EPOCH);
		assertThat(GatePolicy.clearance(needs.discussed(against), proposal(TEXT, "director")).reason())
			.contains("集体讨论未同意");
		CollectiveDiscussion agreed = new CollectiveDiscussion(LocalDate.of(2026, 6, 1), "director", List.of(), "同意",
				true, "director", Instant.EPOCH);
		assertThat(GatePolicy.clearance(needs.discussed(agreed), proposal(TEXT, "director")).passed()).isTrue();
	}

}
