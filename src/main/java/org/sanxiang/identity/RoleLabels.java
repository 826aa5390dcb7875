package org.sanxiang.identity;

import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Chinese role names and the display name of the signed-in user, for every console page
 * header.
 */
@Component("roleLabels")
public class RoleLabels {

	public String of(Authentication authentication) {
		if (authentication == null) {
			return "";
		}
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(a -> a.startsWith("ROLE_"))
			.map(a -> Role.parse(a.substring(5)))
			.filter(r -> r != null)
			.sorted()
			.map(Role::label)
			.collect(Collectors.joining("、"));
	}

	/**
	 * The display name (e.g. 李明（示例）), or the username when the principal is not a staff
	 * account.
	 */
	public String displayName(Authentication authentication) {
		if (authentication == null) {
			return "";
		}
		if (authentication.getPrincipal() instanceof StaffPrincipal staff) {
			return staff.displayName();
		}
		return authentication.getName();
	}

}
