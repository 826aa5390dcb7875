package org.sanxiang.casework.licensing;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.DecisionGuard;
import org.sanxiang.casework.ProposedDecision;
import org.sanxiang.identity.Role;

/**
 * 行政许可决定: approved by the agency's 负责人 (第三十七条, by the prescribed procedure); a grant
 * states its content; a refusal states its reasons and the applicant's remedies
 * (第三十八条第二款, XK-38); after a hearing the decision is based on its record (第四十八条, XK-48);
 * a major decision (重大执法决定 — the item is in the legal-review catalogue, a condition of
 * the catalogue matches, or an officer flagged it, SH-2; see {@code MajorDecisionPolicy})
 * only after a passed legal review (SH-1), asked of the {@link DecisionGuard}.
 */
final class DecisionPolicy {

	private DecisionPolicy() {
	}

	static Verdict check(boolean grant, Actor approver, String text, Remedies remedies, String hearingRecord,
			String citedHearingRecord) {
		if (approver == null || !approver.has(Role.DIRECTOR)) {
			return Verdict.refused("行政许可决定须经本行政机关负责人批准" + (approver == null ? "" : "，" + approver.name() + "不是负责人"),
					Rule.XK_37);
		}
		if (text == null || text.isBlank()) {
			return grant ? Verdict.refused("准予行政许可决定的内容不能为空", Rule.XK_37)
					: Verdict.refused("不予行政许可的，应当说明理由", Rule.XK_38);
		}
		if (!grant && remedies == null) {
			return Verdict.refused("不予行政许可的，应当告知申请人享有依法申请行政复议或者提起行政诉讼的权利", Rule.XK_38);
		}
		if (hearingRecord != null && !hearingRecord.equals(citedHearingRecord)) {
			return Verdict.refused("举行听证的，应当根据听证笔录（" + hearingRecord + "）作出行政许可决定", Rule.XK_48);
		}
		return Verdict.ALLOWED;
	}

	/**
	 * SH-1: a major decision only with a passed legal review; never asked for other
	 * cases.
	 */
	static Verdict legalReview(boolean major, DecisionGuard guard, ProposedDecision proposal) {
		if (!major) {
			return Verdict.ALLOWED;
		}
		DecisionGuard.Clearance clearance = guard.clearance(proposal);
		return clearance.passed() ? Verdict.ALLOWED
				: Verdict.refused("重大执法决定须经法制审核且审核通过：" + clearance.reason(), Rule.SH_1);
	}

}
