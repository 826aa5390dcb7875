package org.sanxiang.review;

import java.util.List;

/**
 * What the platform found for one of the seven points from the records (SH-4): the facts,
 * and a suggested answer where the facts decide it ({@code null} where only the reviewer
 * can judge). The reviewer decides every point.
 *
 * @param point the point
 * @param suggested 符合 / 不符合 / 需补充 as the records show, or {@code null}
 * @param facts the facts behind it, one sentence each
 */
public record ComputedFinding(ReviewPoint point, Finding suggested, List<String> facts) {

	public ComputedFinding {
		facts = facts == null ? List.of() : List.copyOf(facts);
	}

}
