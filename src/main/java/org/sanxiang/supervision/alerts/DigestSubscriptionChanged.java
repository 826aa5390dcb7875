package org.sanxiang.supervision.alerts;

import java.time.Instant;

/**
 * An account turned the daily digest on or off, or changed its address (the address
 * itself stays in the subscription, out of the journal).
 *
 * @param username the account
 * @param optedIn whether the digest is sent now
 * @param hasAddress whether an address is on record
 */
record DigestSubscriptionChanged(String username, boolean optedIn, boolean hasAddress, String actor,
		Instant at) implements AlertEvent {
}
