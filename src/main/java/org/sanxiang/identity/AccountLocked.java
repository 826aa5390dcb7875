package org.sanxiang.identity;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/** Sign-in refused because the account is locked until {@link #until()}. */
class AccountLocked extends LockedException {

	private final Instant until;

	AccountLocked(Instant until) {
		super("account locked until " + until);
		this.until = until;
	}

	Instant until() {
		return this.until;
	}

}
