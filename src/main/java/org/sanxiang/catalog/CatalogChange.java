package org.sanxiang.catalog;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the public change history: which entry changed, to which version, from when
 * and why; {@code retired} marks a retirement (shown as 废止).
 */
public record CatalogChange(String kind, String kindLabel, String key, String name, int version,
		LocalDate effectiveFrom, String reason, String changedBy, Instant recordedAt, boolean retired) {

	public CatalogChange(String kind, String kindLabel, String key, String name, int version, LocalDate effectiveFrom,
			String reason, String changedBy, Instant recordedAt) {
		this(kind, kindLabel, key, name, version, effectiveFrom, reason, changedBy, recordedAt, false);
	}

}
