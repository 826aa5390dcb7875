package org.sanxiang.casework;

import java.time.LocalDate;

/**
 * 视为准予延续, by the platform: no decision on a timely renewal application by the day the
 * licence expired ({@code expiredOn}), so the law grants it (行政许可法 第五十条, XK-50); the
 * licence is valid until {@code validTo}. {@code rule} and {@code article} name why.
 */
public record RenewalDeemedGranted(Recorded recorded, LocalDate expiredOn, String licenceNumber, LocalDate validTo,
		String rule, String article) implements CaseEvent {
}
