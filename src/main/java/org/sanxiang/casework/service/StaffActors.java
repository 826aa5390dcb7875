package org.sanxiang.casework.service;

import java.util.EnumSet;
import java.util.Set;

import org.sanxiang.casework.Actor;
import org.sanxiang.identity.Role;
import org.sanxiang.identity.StaffPrincipal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The signed-in staff member as the case core's actor, with the roles they hold (API and
 * console alike).
 */
final class StaffActors {

	private StaffActors() {
	}

	static Actor of(Authentication authentication) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(a -> a.startsWith("ROLE_"))
			.map(a -> Role.parse(a.substring(5)))
			.filter(r -> r != null)
			.forEach(roles::add);
		String name = (authentication.getPrincipal() instanceof StaffPrincipal staff) ? staff.displayName()
				: authentication.getName();
		return new Actor(authentication.getName(), name, roles);
	}

}
