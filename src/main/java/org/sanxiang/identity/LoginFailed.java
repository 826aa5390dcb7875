package org.sanxiang.identity;

import java.time.Instant;

/**
 * A sign-in attempt (console form or HTTP Basic on the API) was refused.
 *
 * @param username the name that was typed, whether or not such an account exists
 * @param remoteAddress the client's address as the server saw it
 * @param at when
 * @param reason why it was refused
 * @param lockedUntil when the account is locked until, if this attempt found or left it
 * locked; otherwise null
 */
public record LoginFailed(String username, String remoteAddress, Instant at, Reason reason,
		Instant lockedUntil) implements AccessEvent {

	/** Why an attempt was refused. */
	public enum Reason {

		/** The password did not match. */
		BAD_PASSWORD("密码错误"),
		/** No account has this name. */
		UNKNOWN_USER("用户名不存在"),
		/** The account is locked after repeated failures. */
		LOCKED("账户锁定"),
		/** The account was disabled by an administrator. */
		DISABLED("账户停用");

		private final String label;

		Reason(String label) {
			this.label = label;
		}

		/** Chinese wording for the access record. */
		public String label() {
			return this.label;
		}

	}

}
