package org.sanxiang.complaints;

import java.util.Set;

import org.sanxiang.identity.Role;

/** A signed-in staff member looking at complaints: the account and its roles. */
record Viewer(String account, Set<Role> roles) {

	Viewer {
		roles = roles == null ? Set.of() : Set.copyOf(roles);
	}

	boolean has(Role role) {
		return this.roles.contains(role);
	}

}
