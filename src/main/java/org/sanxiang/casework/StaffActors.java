package org.sanxiang.casework;

import java.util.EnumSet;
import java.util.Set;

import org.sanxiang.identity.Role;
import org.sanxiang.identity.StaffPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Signed-in staff as {@link Actor}s, for the controllers of every module. */
public final class StaffActors {

	private StaffActors() {
	}

	/**
	 * The signed-in staff member as an actor, with the roles they hold: what every API
	 * and console controller acts as.
	 */
	public static Actor of(Authentication authentication) {
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
