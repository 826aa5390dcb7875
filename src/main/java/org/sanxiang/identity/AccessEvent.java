package org.sanxiang.identity;

import java.time.Instant;

/**
 * Something that happened to a staff account: a sign-in, a sign-out, a refused attempt,
 * or a change of what the account may do. Each is written to the access record in the
 * same transaction in which it is published, so a listener running in that transaction
 * (the journal) never misses one.
 */
public sealed interface AccessEvent
		permits StaffLoggedIn, StaffLoggedOut, LoginFailed, StaffCreated, StaffRolesChanged, StaffUnitChanged,
		StaffRenamed, StaffEnabled, StaffDisabled, StaffPasswordReset, StaffPasswordChanged, StaffUnlocked {

	/** The account concerned (for a failed attempt: the name that was typed). */
	String username();

	/** When it happened, from the injected clock. */
	Instant at();

}
