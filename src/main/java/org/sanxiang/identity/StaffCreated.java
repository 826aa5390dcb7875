package org.sanxiang.identity;

import java.time.Instant;
import java.util.Set;

/**
 * An account was created.
 *
 * @param username the new account
 * @param displayName its display name
 * @param unitCode the unit it belongs to
 * @param roles the roles it was given
 * @param by who created it ({@code system} for accounts created at start-up)
 * @param at when
 */
public record StaffCreated(String username, String displayName, String unitCode, Set<Role> roles, String by,
		Instant at) implements AccessEvent {

	public StaffCreated {
		roles = Set.copyOf(roles);
	}

}
