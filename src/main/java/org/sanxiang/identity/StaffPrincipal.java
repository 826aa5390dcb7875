package org.sanxiang.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in staff member as Spring Security holds it: username, display name, unit
 * and roles. Other modules may take it as {@code @AuthenticationPrincipal StaffPrincipal}
 * to scope work by unit.
 */
public final class StaffPrincipal implements UserDetails, CredentialsContainer {

	private final String username;

	private final String displayName;

	private final String unitCode;

	private final Set<Role> roles;

	private final boolean enabled;

	private String passwordHash;

	StaffPrincipal(String username, String displayName, String unitCode, Set<Role> roles, boolean enabled,
			String passwordHash) {
		this.username = username;
		this.displayName = displayName;
		this.unitCode = unitCode;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.enabled = enabled;
		this.passwordHash = passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	/** The name people know the staff member by, e.g. 李明（示例）. */
	public String displayName() {
		return this.displayName;
	}

	/** Code of the unit (内设机构) the staff member belongs to. */
	public String unitCode() {
		return this.unitCode;
	}

	/** The roles held, in the order of {@link Role}. */
	public Set<Role> roles() {
		return EnumSet.copyOf(this.roles.isEmpty() ? EnumSet.noneOf(Role.class) : this.roles);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = this.roles.stream()
			.map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
			.toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StaffPrincipal that && this.username.equalsIgnoreCase(that.username);
	}

	@Override
	public int hashCode() {
		return this.username.toLowerCase(java.util.Locale.ROOT).hashCode();
	}

	@Override
	public String toString() {
		return "StaffPrincipal[" + this.username + "]";
	}

}
