package org.sanxiang.identity;

import java.time.Instant;
import java.util.Set;

/**
 * An administrator changed the roles of an account.
 *
 * @param username the account
 * @param before the roles it held
 * @param after the roles it holds now
 * @param by the administrator
 * @param at when
 */
public record StaffRolesChanged(String username, Set<Role> before, Set<Role> after, String by,
		Instant at) implements AccessEvent {

	public StaffRolesChanged {
		before = Set.copyOf(before);
		after = Set.copyOf(after);
	}

}
