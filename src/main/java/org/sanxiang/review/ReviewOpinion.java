package org.sanxiang.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The reviewer's conclusion on one round: the seven points, the crime question, the
 * outcome and — for every outcome but 退回补充 — the 法制审核意见书 issued for it.
 *
 * @param outcome 通过 / 修改后通过 / 退回补充 / 不通过
 * @param points the seven points, each answered
 * @param crimeSuspected 是否涉嫌犯罪需要移送
 * @param crimeComment why, or to whom it is transferred
 * @param requiredChanges for 修改后通过: what must change, in order; for 退回补充: what to
 * supplement
 * @param remarks the reviewer's opinion in words, if any
 * @param number the 法制审核意见书's 文号 (e.g. 新发改法审〔2026〕1号), from the documents' register since
 * the opinion is an issued document; {@code null} for 退回补充
 * @param reviewer who concluded
 * @param concludedOn the day
 * @param at when it was recorded
 * @param computed what the platform had found for the points when the reviewer concluded
 * @param documentId the 法制审核意见书 as issued in the documents module; {@code null} for 退回补充
 * and for opinions numbered before the review issued its documents there
 */
public record ReviewOpinion(ReviewOutcome outcome, List<PointFinding> points, boolean crimeSuspected,
		String crimeComment, List<String> requiredChanges, String remarks, String number, String reviewer,
		LocalDate concludedOn, Instant at, List<ComputedFinding> computed, UUID documentId) {

	public ReviewOpinion {
		points = points == null ? List.of() : List.copyOf(points);
		requiredChanges = requiredChanges == null ? List.of() : List.copyOf(requiredChanges);
		computed = computed == null ? List.of() : List.copyOf(computed);
	}

	/**
	 * The same opinion, issued as the document {@code documentId} numbered
	 * {@code number}.
	 */
	ReviewOpinion issuedAs(String number, UUID documentId) {
		return new ReviewOpinion(this.outcome, this.points, this.crimeSuspected, this.crimeComment,
				this.requiredChanges, this.remarks, number, this.reviewer, this.concludedOn, this.at, this.computed,
				documentId);
	}

}
