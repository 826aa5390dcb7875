package org.sanxiang.identity;

import java.time.Instant;

/**
 * A user changed their own password (after proving the current one).
 *
 * @param username the account
 * @param at when
 */
public record StaffPasswordChanged(String username, Instant at) implements AccessEvent {
}
