package org.sanxiang.identity;

import java.util.Set;

/**
 * A staff account as other modules see it: no password, no lockout state.
 *
 * @param username the user name
 * @param displayName the name people know them by
 * @param unitCode the unit (内设机构) they belong to
 * @param roles the roles held
 * @param enabled whether the account may sign in
 */
public record StaffMember(String username, String displayName, String unitCode, Set<Role> roles, boolean enabled) {

	public StaffMember {
		roles = roles == null ? Set.of() : Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

}
