package org.sanxiang.complaints;

import java.util.EnumSet;
import java.util.Set;

import org.sanxiang.identity.Role;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The signed-in staff member as a {@link Viewer}. */
final class Viewers {

	private Viewers() {
	}

	static Viewer of(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return new Viewer(null, Set.of());
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			String name = authority.getAuthority();
			if (name != null && name.startsWith("ROLE_")) {
				Role role = Role.parse(name.substring(5));
				if (role != null) {
					roles.add(role);
				}
			}
		}
		return new Viewer(authentication.getName(), roles);
	}

}
