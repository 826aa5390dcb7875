package org.sanxiang.identity;

import java.time.Instant;

/**
 * An administrator disabled an account; it can no longer sign in.
 *
 * @param username the account
 * @param by the administrator
 * @param at when
 */
public record StaffDisabled(String username, String by, Instant at) implements AccessEvent {
}
