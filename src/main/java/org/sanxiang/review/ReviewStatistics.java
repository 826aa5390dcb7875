package org.sanxiang.review;

import java.time.LocalDate;
import java.util.List;

/**
 * What supervision reads about the legal review in a period: coverage of major decisions
 * (every major decision made, and how many a passed review cleared — must be 100%, SH-1),
 * the reviews concluded and how long they took, the reviews running and overdue now, and
 * the reviewers per agency (SH-7).
 *
 * @param from first day counted, or {@code null} for the beginning
 * @param to last day counted, or {@code null} for today
 * @param majorDecisions major decisions made (准予/不予 of a major case, 撤回, 撤销)
 * @param reviewedDecisions of those, the ones a passed review cleared
 * @param coverage reviewed ÷ made, or {@code null} when none was made
 * @param concludedRounds review rounds concluded
 * @param outcomes how many rounds ended with each outcome
 * @param averageWorkingDays average working days from a complete package to the
 * conclusion, or {@code null} when none concluded
 * @param openReviews reviews running now
 * @param overdueReviews of those, the ones past their due day
 * @param reviewerRatios reviewers to certified officers per agency
 * @param unlinkedReviewers reviewer accounts no officer record names (not counted per
 * agency)
 */
public record ReviewStatistics(LocalDate from, LocalDate to, long majorDecisions, long reviewedDecisions,
		Double coverage, int concludedRounds, List<OutcomeCount> outcomes, Double averageWorkingDays, int openReviews,
		int overdueReviews, List<ReviewerRatio> reviewerRatios, List<String> unlinkedReviewers) {

	public ReviewStatistics {
		outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
		reviewerRatios = reviewerRatios == null ? List.of() : List.copyOf(reviewerRatios);
		unlinkedReviewers = unlinkedReviewers == null ? List.of() : List.copyOf(unlinkedReviewers);
	}

	/** Rounds concluded with one outcome. */
	public record OutcomeCount(ReviewOutcome outcome, String label, long rounds) {
	}

}
