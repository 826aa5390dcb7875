package org.sanxiang.disclosure.opendata;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * How exported values are written: times as ISO-8601 with the agency's offset (+08:00),
 * dates as ISO-8601, links absolute from the portal's public address.
 *
 * @param zone the zone of the agency's clock
 * @param baseUrl the portal's address without a trailing slash
 */
record ExportContext(ZoneId zone, String baseUrl) {

	String time(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), this.zone)
			.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	static String date(LocalDate date) {
		return date == null ? null : date.toString();
	}

	String link(String path) {
		return this.baseUrl + path;
	}

}
