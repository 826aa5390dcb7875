package org.sanxiang.identity;

import java.time.Instant;

/**
 * An administrator set a new password for an account.
 *
 * @param username the account
 * @param by the administrator
 * @param at when
 */
public record StaffPasswordReset(String username, String by, Instant at) implements AccessEvent {
}
