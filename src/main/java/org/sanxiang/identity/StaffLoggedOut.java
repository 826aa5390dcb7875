package org.sanxiang.identity;

import java.time.Instant;

/**
 * A staff member signed out of the console.
 *
 * @param username the account
 * @param remoteAddress the client's address as the server saw it
 * @param at when
 */
public record StaffLoggedOut(String username, String remoteAddress, Instant at) implements AccessEvent {
}
