package org.sanxiang.review;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.platform.InputRejected.FieldError;

/**
 * What a conclusion must say (SH-4, SH-5): every one of the seven points answered, with a
 * reason wherever the answer is not 符合, and whether a suspected crime is to be
 * transferred; an outcome; for 修改后通过 the changes required. An answer that contradicts the
 * outcome is refused too: 通过 with a point not 符合, 修改后通过 with a point that needs more
 * material (that is 退回补充).
 */
final class ConclusionPolicy {

	private ConclusionPolicy() {
	}

	/** {@code null} when the conclusion may stand; otherwise a 422 refusal. */
	static Refusal check(LegalReviews.Conclusion c) {
		List<FieldError> missing = new ArrayList<>();
		Map<ReviewPoint, PointFinding> answered = answered(c.points());
		for (ReviewPoint point : ReviewPoint.values()) {
			PointFinding f = answered.get(point);
			if (f == null || f.finding() == null) {
				missing.add(new FieldError("points." + point.name(), "请对“" + point.label() + "”作出审核意见（符合/不符合/需补充）"));
			}
			else if (f.finding() != Finding.COMPLIANT && PackagePolicy.blank(f.comment())) {
				missing.add(new FieldError("points." + point.name(),
						"“" + point.label() + "”审核意见为" + f.finding().label() + "的，请说明理由"));
			}
		}
		if (c.crimeSuspected() == null) {
			missing.add(new FieldError("crimeSuspected", "请明确是否涉嫌犯罪需要移送司法机关"));
		}
		else if (c.crimeSuspected() && PackagePolicy.blank(c.crimeComment())) {
			missing.add(new FieldError("crimeComment", "涉嫌犯罪需要移送的，请说明理由及移送机关"));
		}
		if (c.outcome() == null) {
			missing.add(new FieldError("outcome", "请选择审核结论（通过、修改后通过、退回补充、不通过）"));
		}
		if (!missing.isEmpty()) {
			return Refusal.unprocessable(ReviewRule.SH_4,
					"审核意见不完整：须对七项审核要点逐项作出意见并明确是否涉嫌犯罪需要移送，共" + missing.size() + "项未完成", missing);
		}
		List<String> changes = c.requiredChanges() == null ? List.of()
				: c.requiredChanges().stream().filter(s -> !PackagePolicy.blank(s)).toList();
		if (c.outcome() == ReviewOutcome.PASSED_WITH_CHANGES && changes.isEmpty()) {
			return Refusal.unprocessable(ReviewRule.SH_5, "requiredChanges", "修改后通过的，应当逐项列明需要修改的内容");
		}
		if (c.outcome() == ReviewOutcome.RETURNED && changes.isEmpty()) {
			return Refusal.unprocessable(ReviewRule.SH_5, "requiredChanges", "退回补充的，应当列明需要补充的材料或者说明");
		}
		if (c.outcome() == ReviewOutcome.PASSED
				&& answered.values().stream().anyMatch(f -> f.finding() != Finding.COMPLIANT)) {
			return Refusal.unprocessable(ReviewRule.SH_4, "outcome", "审核要点有不符合或需补充的，不能审核通过：应修改后通过、退回补充或不通过");
		}
		if (c.outcome() == ReviewOutcome.PASSED_WITH_CHANGES
				&& answered.values().stream().anyMatch(f -> f.finding() == Finding.NEEDS_SUPPLEMENT)) {
			return Refusal.unprocessable(ReviewRule.SH_5, "outcome", "审核要点有需补充的，应当退回补充，补充材料后重新送审");
		}
		if (c.collectiveDiscussionRequired() && PackagePolicy.blank(c.collectiveDiscussionReason())) {
			return Refusal.unprocessable(ReviewRule.SH_5, "collectiveDiscussionReason", "提请集体讨论的，请说明理由");
		}
		return null;
	}

	/** The answers by point; a point answered twice counts by its last answer. */
	static Map<ReviewPoint, PointFinding> answered(List<PointFinding> points) {
		Map<ReviewPoint, PointFinding> answered = new EnumMap<>(ReviewPoint.class);
		if (points != null) {
			for (PointFinding f : points) {
				if (f != null && f.point() != null) {
					answered.put(f.point(), f);
				}
			}
		}
		return answered;
	}

}
