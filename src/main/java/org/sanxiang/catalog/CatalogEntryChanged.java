package org.sanxiang.catalog;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A catalog entry got a new version (a save) or was retired. Published inside the
 * transaction that records the version, so a listener running in that transaction (the
 * journal) commits or rolls back with it.
 *
 * @param kind {@link EntryKind#code()}, e.g. {@code item}
 * @param key the entry's key
 * @param version the version recorded
 * @param effectiveFrom from when it applies
 * @param reason why
 * @param actor who recorded it
 * @param recordedAt when it was recorded
 * @param retired true for a retirement (废止/撤销/调离)
 */
public record CatalogEntryChanged(String kind, String key, int version, LocalDate effectiveFrom, String reason,
		String actor, Instant recordedAt, boolean retired) {
}
