package org.sanxiang.identity;

import java.time.Instant;

/**
 * An administrator lifted a lockout before it ran out.
 *
 * @param username the account
 * @param by the administrator
 * @param at when
 */
public record StaffUnlocked(String username, String by, Instant at) implements AccessEvent {
}
