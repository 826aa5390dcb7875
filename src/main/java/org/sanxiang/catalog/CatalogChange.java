package org.sanxiang.catalog;

import java.time.Instant;
import java.time.LocalDate;

/** One line of the public change history: which entry changed, to which version, from when and why. */
public record CatalogChange(String kind, String kindLabel, String key, String name, int version,
		LocalDate effectiveFrom, String reason, String changedBy, Instant recordedAt) {
}
