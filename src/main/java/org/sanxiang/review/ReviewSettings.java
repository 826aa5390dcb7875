package org.sanxiang.review;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Settings of the legal review. The numbers come from other provinces' 法制审核办法 and the
 * national guideline, not from a national statute, so an agency sets its own:
 * <ul>
 * <li>{@code sanxiang.review.time-limit} (default 7): working days for a review from the
 * day its package is complete (SH-5);</li>
 * <li>{@code sanxiang.review.extension} (default 3): working days a 负责人 may add once per
 * round (SH-5);</li>
 * <li>{@code sanxiang.review.warning-days} (default 2): working days left at or below
 * which a review is listed as 预警;</li>
 * <li>{@code sanxiang.review.discussion-quorum} (default 3): participants a 集体讨论 needs at
 * least, one of them a 负责人 in the chair;</li>
 * <li>{@code sanxiang.review.reviewer-ratio} (default 0.05): the share of reviewers among
 * certified officers the agency aims at (SH-7, to verify).</li>
 * </ul>
 */
@Component
class ReviewSettings {

	private final int timeLimit;

	private final int extension;

	private final int warningDays;

	private final int discussionQuorum;

	private final double reviewerRatio;

	ReviewSettings(Environment env) {
		this.timeLimit = positive(env, "sanxiang.review.time-limit", 7);
		this.extension = positive(env, "sanxiang.review.extension", 3);
		this.warningDays = env.getProperty("sanxiang.review.warning-days", Integer.class, 2);
		this.discussionQuorum = positive(env, "sanxiang.review.discussion-quorum", 3);
		this.reviewerRatio = env.getProperty("sanxiang.review.reviewer-ratio", Double.class, 0.05);
	}

	private static int positive(Environment env, String key, int fallback) {
		int value = env.getProperty(key, Integer.class, fallback);
		if (value < 1) {
			throw new IllegalStateException(key + " must be at least 1, was " + value);
		}
		return value;
	}

	int timeLimit() {
		return this.timeLimit;
	}

	int extension() {
		return this.extension;
	}

	int warningDays() {
		return this.warningDays;
	}

	int discussionQuorum() {
		return this.discussionQuorum;
	}

	double reviewerRatio() {
		return this.reviewerRatio;
	}

}
