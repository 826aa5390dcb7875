package org.sanxiang.complaints;

import java.util.Collection;

import org.sanxiang.identity.Role;

/**
 * Who may see and handle a complaint. A complaint that names an officer is for 督查 only,
 * and never for the named officer's account — not even when that account also holds 负责人
 * or 督查 (回避: nobody handles a complaint about themselves). Other complaints are for 负责人
 * and 督查.
 */
final class ComplaintAccess {

	private ComplaintAccess() {
	}

	/**
	 * @param namedAccounts the accounts of the named officer (as recorded at submission
	 * and as the catalog has it now)
	 */
	static boolean permits(Complaint complaint, Viewer viewer, Collection<String> namedAccounts) {
		if (viewer == null || viewer.account() == null) {
			return false;
		}
		if (namedAccounts.stream().anyMatch(a -> a != null && a.equalsIgnoreCase(viewer.account()))) {
			return false;
		}
		return switch (complaint.queue()) {
			case SUPERVISION -> viewer.has(Role.SUPERVISOR);
			case DIRECTOR -> viewer.has(Role.DIRECTOR) || viewer.has(Role.SUPERVISOR);
		};
	}

}
