package org.sanxiang.disclosure;

import java.time.LocalDate;

/**
 * Filters of the public decisions list; {@code null} means any.
 *
 * @param itemCode the catalog item
 * @param action the decision, e.g. 准予许可
 * @param from decided on or after
 * @param to decided on or before
 * @param currentStatus 有效 or 无效
 * @param offset rows to skip
 * @param limit at most this many rows (1–100)
 */
public record PublicationQuery(String itemCode, String action, LocalDate from, LocalDate to, String currentStatus,
		int offset, int limit) {

	public PublicationQuery {
		offset = Math.max(0, offset);
		limit = Math.max(1, Math.min(100, limit));
	}

	public static PublicationQuery all(int offset, int limit) {
		return new PublicationQuery(null, null, null, null, null, offset, limit);
	}

}
