package org.sanxiang.supervision.alerts;

import java.time.Instant;
import java.time.LocalTime;

/**
 * The time of day the daily digest goes out changed.
 *
 * @param from the old time
 * @param to the new time
 */
record DigestTimeChanged(LocalTime from, LocalTime to, String actor, Instant at) implements AlertEvent {
}
