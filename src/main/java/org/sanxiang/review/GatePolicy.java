package org.sanxiang.review;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.sanxiang.casework.DecisionGuard;
import org.sanxiang.casework.ProposedDecision;

/**
 * The gate (SH-1; 行政处罚法 第五十八条): a major decision is made only when the case's latest
 * review passed (通过, or 修改后通过 with the changes confirmed), the decision is exactly the
 * proposal it cleared (same SM3 digest of action and text: any change after the review
 * needs a new review), the collective discussion the case needs was held and agreed, and
 * the approver is not one of its reviewers.
 */
final class GatePolicy {

	/** The refusal's first words, as the law says them. */
	static final String REFUSED = "未经法制审核或者审核未通过，不得作出决定";

	private GatePolicy() {
	}

	/** The answer for {@code proposal} given the case's latest review, or none. */
	static DecisionGuard.Clearance clearance(LegalReview latest, ProposedDecision proposal) {
		if (latest == null) {
			return refused("本案没有法制审核记录，请承办人提交法制审核");
		}
		if (latest.status() != ReviewStatus.PASSED) {
			return refused("本案最近一次法制审核（" + latest.caseNumber() + "，第" + latest.currentRound().number() + "轮）状态为“"
					+ latest.status().label() + "”");
		}
		if (!proposal.digest().equals(latest.clearedDigest())) {
			return refused("拟作出的决定（" + proposal.action() + "）与法制审核通过的决定（" + latest.action() + "）内容不一致（审核通过的文本摘要 "
					+ shortDigest(latest.clearedDigest()) + "，拟作出的为 " + shortDigest(proposal.digest())
					+ "）；审核后修改决定内容的，须重新提交法制审核");
		}
		if (!latest.collectiveDiscussionSettled()) {
			return refused(latest.collectiveDiscussion() == null
					? "本案须经集体讨论决定（" + latest.collectiveDiscussionReason() + "），尚未集体讨论"
					: "集体讨论未同意作出该决定：" + latest.collectiveDiscussion().conclusion());
		}
		if (proposal.approver() != null && reviewers(latest).contains(proposal.approver().toLowerCase(Locale.ROOT))) {
			return refused("法制审核人员 " + proposal.approver() + " 审核了本案，不得批准本案的决定（" + ReviewRule.SEPARATION.id() + "）");
		}
		return DecisionGuard.Clearance.passed("法制审核意见书 " + latest.opinionNumber());
	}

	/** Everyone who reviewed: the assigned reviewers and who concluded or confirmed. */
	private static Set<String> reviewers(LegalReview review) {
		Set<String> reviewers = new LinkedHashSet<>();
		review.assignments().forEach(a -> reviewers.add(a.reviewer().toLowerCase(Locale.ROOT)));
		for (ReviewRound round : review.rounds()) {
			if (round.opinion() != null) {
				reviewers.add(round.opinion().reviewer().toLowerCase(Locale.ROOT));
			}
			if (round.confirmation() != null) {
				reviewers.add(round.confirmation().reviewer().toLowerCase(Locale.ROOT));
			}
		}
		return reviewers;
	}

	private static DecisionGuard.Clearance refused(String specifics) {
		return DecisionGuard.Clearance.refused(REFUSED + "：" + specifics);
	}

	static String shortDigest(String digest) {
		return digest == null ? "无" : digest.substring(0, Math.min(16, digest.length())) + "…";
	}

}
