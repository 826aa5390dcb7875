package org.sanxiang.catalog;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a catalog entry.
 *
 * @param content the entry as it reads in this version
 * @param version 1, 2, 3 … per entry
 * @param effectiveFrom the day this version takes effect (施行日期)
 * @param reason why it changed, e.g. "《企业投资项目核准和备案管理条例》修订"
 * @param changedBy the user who recorded it
 * @param recordedAt when it was recorded
 * @param retired true for a retirement (废止/撤销/调离): from {@code effectiveFrom} the entry
 * is no longer in force; {@code content} repeats the version it ends, so the history can
 * still name it
 */
public record Versioned<T extends CatalogEntry>(T content, int version, LocalDate effectiveFrom, String reason,
		String changedBy, Instant recordedAt, boolean retired) {

	/** An ordinary (not retiring) version. */
	public Versioned(T content, int version, LocalDate effectiveFrom, String reason, String changedBy,
			Instant recordedAt) {
		this(content, version, effectiveFrom, reason, changedBy, recordedAt, false);
	}

}
