package org.sanxiang.casework.licensing;

import java.util.Collection;
import java.util.List;

/**
 * 利害关系人 (行政许可法 第三十六条, RULES.md XK-36): when the application directly affects a third
 * party's major interests, the agency tells that interested party, naming them and what
 * they were told; the applicant and the interested parties have the right to state their
 * case (陈述、申辩), and the agency hears them.
 */
final class InterestedPartyPolicy {

	private InterestedPartyPolicy() {
	}

	static Verdict notice(List<String> parties, String notice) {
		if (parties == null || parties.isEmpty() || parties.stream().anyMatch(p -> p == null || p.isBlank())) {
			return Verdict.refused("请列明被告知的利害关系人名称", Rule.XK_36);
		}
		if (notice == null || notice.isBlank()) {
			return Verdict.refused("请填写告知利害关系人的内容（申请事项及其享有的陈述、申辩权利）", Rule.XK_36);
		}
		return Verdict.ALLOWED;
	}

	static Verdict statement(String party, String applicant, Collection<String> interestedParties, String statement) {
		if (party == null || party.isBlank()) {
			return Verdict.refused("请填写陈述、申辩人", Rule.XK_36);
		}
		if (!party.equals(applicant) && !interestedParties.contains(party)) {
			return Verdict.refused("陈述、申辩人应为申请人（" + applicant + "）或已告知的利害关系人"
					+ (interestedParties.isEmpty() ? "（尚未告知任何利害关系人）" : "（" + String.join("、", interestedParties) + "）"),
					Rule.XK_36);
		}
		if (statement == null || statement.isBlank()) {
			return Verdict.refused("请填写陈述、申辩的内容", Rule.XK_36);
		}
		return Verdict.ALLOWED;
	}

}
