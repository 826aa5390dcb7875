package org.sanxiang.casework.licensing;

import java.time.LocalDate;
import java.util.List;

import org.sanxiang.calendar.WorkingDays;

/**
 * 补正告知 (行政许可法 第三十二条第一款第（四）项, RULES.md XK-32b): materials incomplete or not in legal form
 * are to be told on the spot or within 5 days, <em>once</em>, listing everything to
 * correct; if not told in time the application counts as accepted on the day the
 * materials were received. The 5 days are working days (第八十二条, T-1), counted from the day
 * after receipt (T-2).
 */
final class CorrectionNoticePolicy {

	private CorrectionNoticePolicy() {
	}

	static Verdict check(LocalDate receivedOn, boolean alreadyGiven, LocalDate noticeOn, List<String> missing,
			WorkingDays days) {
		if (alreadyGiven) {
			return Verdict.refused("补正告知应当一次性告知需要补正的全部内容，本申请已告知过一次，不得再次要求补正", Rule.XK_32B);
		}
		if (missing == null || missing.isEmpty() || missing.stream().anyMatch(m -> m == null || m.isBlank())) {
			return Verdict.refused("补正告知须一次性列明需要补正的全部材料，清单不能为空", Rule.XK_32B);
		}
		LocalDate by = days.addWorkingDays(receivedOn, CaseDeadlines.CORRECTION_WINDOW_DAYS);
		if (noticeOn.isAfter(by)) {
			return Verdict.refused("补正告知期限已于 " + by + " 届满（收到申请材料后" + CaseDeadlines.CORRECTION_WINDOW_DAYS
					+ "个工作日内），逾期不告知的，自收到申请材料之日（" + receivedOn + "）起即为受理", Rule.XK_32B);
		}
		return Verdict.ALLOWED;
	}

}
