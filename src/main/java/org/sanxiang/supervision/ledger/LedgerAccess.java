package org.sanxiang.supervision.ledger;

import java.util.Set;

import org.sanxiang.identity.Role;
import org.sanxiang.identity.StaffDirectory;
import org.sanxiang.identity.StaffMember;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who may read a ledger task and record its progress: 督查 and 负责人 every task, 管理员 read
 * them; any other staff member the tasks of their own unit (the unit of their account),
 * so that the unit that owns a task reports on it with notes and evidence files.
 * Completing, reopening and editing stay with 督查 and 负责人.
 */
@Component
class LedgerAccess {

	/** For the routes a task's own unit uses too; the controller checks the task. */
	static final String SIGNED_IN = "isAuthenticated()";

	private static final Set<String> RECORD_ALL = Set.of(Role.SUPERVISOR.authority(), Role.DIRECTOR.authority());

	private final StaffDirectory staff;

	LedgerAccess(StaffDirectory staff) {
		this.staff = staff;
	}

	boolean mayRead(Authentication who, LedgerTask task) {
		return has(who, RECORD_ALL) || has(who, Set.of(Role.ADMIN.authority())) || ownUnit(who, task);
	}

	boolean mayRecord(Authentication who, LedgerTask task) {
		return has(who, RECORD_ALL) || ownUnit(who, task);
	}

	/** Edits, completes and reopens tasks. */
	boolean mayManage(Authentication who) {
		return has(who, RECORD_ALL);
	}

	void checkRead(Authentication who, LedgerTask task) {
		if (!mayRead(who, task)) {
			throw new AccessDeniedException("只有督查、负责人和责任单位的工作人员可以查看该任务");
		}
	}

	void checkRecord(Authentication who, LedgerTask task) {
		if (!mayRecord(who, task)) {
			throw new AccessDeniedException("只有督查、负责人和责任单位的工作人员可以记录该任务的进展");
		}
	}

	private boolean ownUnit(Authentication who, LedgerTask task) {
		return who != null && this.staff.find(who.getName())
			.filter(StaffMember::enabled)
			.map(StaffMember::unitCode)
			.filter(task.unitCode()::equals)
			.isPresent();
	}

	private static boolean has(Authentication who, Set<String> authorities) {
		if (who == null) {
			return false;
		}
		for (GrantedAuthority a : who.getAuthorities()) {
			if (authorities.contains(a.getAuthority())) {
				return true;
			}
		}
		return false;
	}

}
