package org.sanxiang.identity;

import java.time.Instant;

/**
 * An administrator enabled an account again.
 *
 * @param username the account
 * @param by the administrator
 * @param at when
 */
public record StaffEnabled(String username, String by, Instant at) implements AccessEvent {
}
