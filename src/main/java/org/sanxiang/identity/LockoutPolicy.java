package org.sanxiang.identity;

import java.time.Duration;
import java.time.Instant;

/**
 * Repeated wrong passwords lock an account for a while: five consecutive failures lock it
 * for fifteen minutes; a successful sign-in clears the count. This answers the
 * login-failure handling that GB/T 22239-2019 (等级保护 2.0) 8.1.4.1 b) asks of every system:
 * limit illegal login attempts and end sessions. Pure: no clock of its own, no database.
 *
 * @param maxFailures consecutive failures that lock the account
 * @param lockFor how long the lock lasts
 */
record LockoutPolicy(int maxFailures, Duration lockFor) {

	static final LockoutPolicy STANDARD = new LockoutPolicy(5, Duration.ofMinutes(15));

	/** The lockout state of one account. */
	record State(int failures, Instant lockedUntil) {

		static final State CLEAR = new State(0, null);

	}

	/**
	 * Whether the account is locked at {@code now}; a lock ends exactly at its end time.
	 */
	boolean isLocked(State state, Instant now) {
		return state.lockedUntil() != null && now.isBefore(state.lockedUntil());
	}

	/**
	 * The state after one more wrong password at {@code now} on an account that is not
	 * locked. A lock that has run out starts the count afresh, so one slip after a lock
	 * does not lock again.
	 */
	State afterFailure(State state, Instant now) {
		int before = (state.lockedUntil() != null && !now.isBefore(state.lockedUntil())) ? 0 : state.failures();
		int failures = before + 1;
		if (failures >= this.maxFailures) {
			return new State(failures, now.plus(this.lockFor));
		}
		return new State(failures, null);
	}

	/** After a successful sign-in: nothing counts any more. */
	State afterSuccess() {
		return State.CLEAR;
	}

}
