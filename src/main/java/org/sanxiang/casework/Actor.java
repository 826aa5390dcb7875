package org.sanxiang.casework;

import java.util.Objects;
import java.util.Set;

import org.sanxiang.identity.Role;

/**
 * Who performed or approved an act: a staff account, the applicant, or the platform
 * itself (for acts the law makes automatic, such as 视为受理 under 行政许可法 第三十二条).
 *
 * @param account the user name (or {@code system} / {@code applicant})
 * @param name the name shown in records
 * @param roles the staff roles held when acting; empty for the applicant and the platform
 */
public record Actor(String account, String name, Set<Role> roles) {

	/** The platform acting on a rule of law, never on its own discretion. */
	public static final Actor SYSTEM = new Actor("system", "系统", Set.of());

	public Actor {
		Objects.requireNonNull(account, "account");
		Objects.requireNonNull(name, "name");
		roles = roles == null ? Set.of() : Set.copyOf(roles);
	}

	public static Actor staff(String account, String name, Role... roles) {
		return new Actor(account, name, Set.of(roles));
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

}
