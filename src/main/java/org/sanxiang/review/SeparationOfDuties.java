package org.sanxiang.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sanxiang.casework.CaseEvent;
import org.sanxiang.casework.CaseSnapshot;
import org.sanxiang.casework.OfficersAssigned;
import org.sanxiang.casework.SiteInspectionRecorded;
import org.sanxiang.evidence.EvidenceItem;

/**
 * A reviewer never reviews a case they had a hand in (issue 6; the platform's reading of
 * SH-1, {@link ReviewRule#SEPARATION}): whoever acted on the case (any event of it), was
 * assigned to it or inspected it as an officer, recorded its evidence, or submitted its
 * review. Whoever approves the decision is checked at the gate ({@link GatePolicy}).
 * Accounts are compared without regard to case, as sign-in does.
 *
 * @param byAccount each involved account (lower case) with what they did
 */
record SeparationOfDuties(Map<String, Set<String>> byAccount) {

	/**
	 * Everyone involved in the case: its events' actors, the accounts of its assigned and
	 * inspecting officers ({@code officerAccounts}: officer id to account), the
	 * evidence's uploaders and the review's submitters.
	 */
	static SeparationOfDuties of(CaseSnapshot c, Map<String, String> officerAccounts, List<EvidenceItem> evidence,
			List<String> submitters) {
		Map<String, Set<String>> by = new LinkedHashMap<>();
		for (CaseEvent event : c.history()) {
			add(by, event.recorded().actor().account(), ProcedureSummary.label(event.getClass().getSimpleName()));
			if (event instanceof OfficersAssigned assigned) {
				assigned.officerIds().forEach(id -> add(by, officerAccounts.get(id), "承办人"));
			}
			if (event instanceof SiteInspectionRecorded inspection) {
				inspection.officerIds().forEach(id -> add(by, officerAccounts.get(id), "现场核查"));
			}
		}
		c.officerIds().forEach(id -> add(by, officerAccounts.get(id), "承办人"));
		evidence.forEach(e -> add(by, e.uploadedBy(), "上传证据"));
		submitters.forEach(s -> add(by, s, "提交法制审核"));
		by.remove("system");
		by.remove("applicant");
		return new SeparationOfDuties(by);
	}

	boolean involved(String account) {
		return account != null && this.byAccount.containsKey(account.toLowerCase(Locale.ROOT));
	}

	/**
	 * Refused (409) when {@code reviewer} had a hand in the case, naming what they did.
	 */
	Refusal check(String reviewer, String field) {
		if (!involved(reviewer)) {
			return null;
		}
		List<String> did = new ArrayList<>(this.byAccount.get(reviewer.toLowerCase(Locale.ROOT)));
		return Refusal.conflict(ReviewRule.SEPARATION, field,
				"法制审核人员 " + reviewer + " 参与过本案（" + String.join("、", did) + "），不得审核本案");
	}

	private static void add(Map<String, Set<String>> by, String account, String what) {
		if (account == null || account.isBlank()) {
			return;
		}
		by.computeIfAbsent(account.strip().toLowerCase(Locale.ROOT), a -> new LinkedHashSet<>()).add(what);
	}

}
