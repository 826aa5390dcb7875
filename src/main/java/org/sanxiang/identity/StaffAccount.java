package org.sanxiang.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** One row of {@code identity_user} with its roles. */
record StaffAccount(long id, String username, String displayName, String passwordHash, boolean enabled, String unitCode,
		int failedAttempts, Instant lockedUntil, Set<Role> roles) {

	StaffAccount {
		roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	LockoutPolicy.State lockout() {
		return new LockoutPolicy.State(this.failedAttempts, this.lockedUntil);
	}

	StaffPrincipal principal() {
		return new StaffPrincipal(this.username, this.displayName, this.unitCode, this.roles, this.enabled,
				this.passwordHash);
	}

}
