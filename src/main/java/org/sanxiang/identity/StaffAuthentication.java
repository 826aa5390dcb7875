package org.sanxiang.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a username and password for the console form and for HTTP Basic on the API
 * alike, applying the {@link LockoutPolicy} and recording every refusal. The account row
 * is locked for the check so that parallel guesses are counted one by one.
 * <p>
 * A name that is not an account behaves like an account with a wrong password (same
 * message, same lockout after five tries, a password hash is still computed) so that the
 * login page does not tell which names exist.
 */
@Component
class StaffAuthentication implements AuthenticationProvider {

	private final StaffAccounts accounts;

	private final AccessLog accessLog;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final LockoutPolicy policy = LockoutPolicy.STANDARD;

	/**
	 * A hash of a random password, checked for unknown names so that they take as long as
	 * known ones.
	 */
	private final String dummyHash;

	StaffAuthentication(StaffAccounts accounts, AccessLog accessLog, PasswordEncoder passwords, Clock clock,
			TransactionTemplate transaction) {
		this.accounts = accounts;
		this.accessLog = accessLog;
		this.passwords = passwords;
		this.clock = clock;
		this.transaction = transaction;
		this.dummyHash = passwords.encode(java.util.UUID.randomUUID().toString());
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = clip(authentication.getName());
		String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
		String remote = remoteAddress(authentication);
		Outcome outcome = this.transaction.execute(status -> check(username, password, remote));
		if (outcome.refusal() != null) {
			throw outcome.refusal();
		}
		StaffPrincipal principal = outcome.principal();
		UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.getAuthorities());
		result.setDetails(authentication.getDetails());
		return result;
	}

	/**
	 * Runs in one transaction; refusals are values so that what was recorded is
	 * committed.
	 */
	private Outcome check(String username, String password, String remote) {
		Instant now = this.clock.instant();
		Optional<StaffAccount> found = this.accounts.findForUpdate(username);
		if (found.isEmpty()) {
			this.passwords.matches(password, this.dummyHash);
			LockoutPolicy.State state = this.accessLog.failuresOf(username, now);
			if (this.policy.isLocked(state, now)) {
				return refuse(
						new LoginFailed(username, remote, now, LoginFailed.Reason.UNKNOWN_USER, state.lockedUntil()));
			}
			LockoutPolicy.State after = this.policy.afterFailure(state, now);
			return refuse(new LoginFailed(username, remote, now, LoginFailed.Reason.UNKNOWN_USER, after.lockedUntil()));
		}
		StaffAccount account = found.get();
		if (this.policy.isLocked(account.lockout(), now)) {
			return refuse(
					new LoginFailed(account.username(), remote, now, LoginFailed.Reason.LOCKED, account.lockedUntil()));
		}
		if (!this.passwords.matches(password, account.passwordHash())) {
			LockoutPolicy.State after = this.policy.afterFailure(account.lockout(), now);
			this.accounts.updateLockout(account.id(), after);
			return refuse(new LoginFailed(account.username(), remote, now, LoginFailed.Reason.BAD_PASSWORD,
					after.lockedUntil()));
		}
		if (!account.enabled()) {
			return refuse(new LoginFailed(account.username(), remote, now, LoginFailed.Reason.DISABLED, null));
		}
		if (account.failedAttempts() != 0 || account.lockedUntil() != null) {
			this.accounts.updateLockout(account.id(), this.policy.afterSuccess());
		}
		return new Outcome(account.principal(), null);
	}

	private Outcome refuse(LoginFailed failed) {
		this.accessLog.record(failed);
		AuthenticationException refusal;
		if (failed.lockedUntil() != null) {
			refusal = new AccountLocked(failed.lockedUntil());
		}
		else if (failed.reason() == LoginFailed.Reason.DISABLED) {
			refusal = new DisabledException("account disabled");
		}
		else {
			refusal = new BadCredentialsException("bad credentials");
		}
		return new Outcome(null, refusal);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	static String remoteAddress(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}

	/** Whatever was typed is recorded, but not without bound. */
	private static String clip(String username) {
		String name = username == null ? "" : username.strip();
		return name.length() > 64 ? name.substring(0, 64) : name;
	}

	private record Outcome(StaffPrincipal principal, AuthenticationException refusal) {
	}

}
