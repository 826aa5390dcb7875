package org.sanxiang.identity;

import java.time.Instant;

/**
 * An administrator changed the display name of an account.
 *
 * @param username the account
 * @param before the old display name
 * @param after the new display name
 * @param by the administrator
 * @param at when
 */
public record StaffRenamed(String username, String before, String after, String by, Instant at) implements AccessEvent {
}
