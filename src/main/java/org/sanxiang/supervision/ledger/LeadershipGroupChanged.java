package org.sanxiang.supervision.ledger;

import java.time.Instant;

/**
 * The leadership group (领导小组) or its office changed.
 *
 * @param change {@code MEMBER_ADDED}, {@code MEMBER_REMOVED} or {@code OFFICE_CHANGED}
 * @param subject the member's name and role, or the office's unit
 */
public record LeadershipGroupChanged(String change, String subject, String actor, Instant at) implements LedgerEvent {
}
