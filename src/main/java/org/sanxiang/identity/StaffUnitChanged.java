package org.sanxiang.identity;

import java.time.Instant;

/**
 * An administrator moved an account to another unit (which decides the cases it may see).
 *
 * @param username the account
 * @param before the unit code it belonged to
 * @param after the unit code it belongs to now
 * @param by the administrator
 * @param at when
 */
public record StaffUnitChanged(String username, String before, String after, String by,
		Instant at) implements AccessEvent {
}
