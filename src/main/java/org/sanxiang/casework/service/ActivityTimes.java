package org.sanxiang.casework.service;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.sanxiang.platform.InputRejected;

/**
 * When an activity began or ended, as typed in a form or sent over REST: ISO 8601 with an
 * offset ({@code 2026-06-01T09:00:00+08:00}) or in Beijing time without one
 * ({@code 2026-06-01T09:00}, {@code 2026-06-01 09:00:30}), as the evidence upload accepts
 * capture times. A time that cannot be read is a 400 naming the field.
 */
final class ActivityTimes {

	/** 北京时间: the time officers read off the clock on site. */
	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private ActivityTimes() {
	}

	/** The instant, or {@code null} when nothing was given. */
	static Instant parse(String field, String label, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.strip().replace(' ', 'T');
		try {
			return OffsetDateTime.parse(v).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDateTime.parse(v).atZone(CHINA).toInstant();
			}
			catch (DateTimeParseException ex2) {
				throw InputRejected.invalid(field, label + "格式不正确，应为 年-月-日T时:分（北京时间），例如 2026-06-01T09:30");
			}
		}
	}

}
