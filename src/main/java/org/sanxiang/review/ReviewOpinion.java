package org.sanxiang.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The reviewer's conclusion on one round: the seven points, the crime question, the
 * outcome and — for every outcome but 退回补充 — the 法制审核意见书's number.
 *
 * @param outcome 通过 / 修改后通过 / 退回补充 / 不通过
 * @param points the seven points, each answered
 * @param crimeSuspected 是否涉嫌犯罪需要移送
 * @param crimeComment why, or to whom it is transferred
 * @param requiredChanges for 修改后通过: what must change, in order; for 退回补充: what to
 * supplement
 * @param remarks the reviewer's opinion in words, if any
 * @param number the 法制审核意见书 number (e.g. 新发改法审〔2026〕1号); {@code null} for 退回补充
 * @param reviewer who concluded
 * @param concludedOn the day
 * @param at when it was recorded
 * @param computed what the platform had found for the points when the reviewer concluded
 */
public record ReviewOpinion(ReviewOutcome outcome, List<PointFinding> points, boolean crimeSuspected,
		String crimeComment, List<String> requiredChanges, String remarks, String number, String reviewer,
		LocalDate concludedOn, Instant at, List<ComputedFinding> computed) {

	public ReviewOpinion {
		points = points == null ? List.of() : List.copyOf(points);
		requiredChanges = requiredChanges == null ? List.of() : List.copyOf(requiredChanges);
		computed = computed == null ? List.of() : List.copyOf(computed);
	}

}
