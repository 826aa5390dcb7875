package org.sanxiang.casework;

import java.time.LocalDate;

/**
 * 申请延续: the holder applied on {@code appliedOn}, at least 30 days before the licence
 * expires on {@code validTo}; the agency decides by then, or the renewal is deemed
 * granted (行政许可法 第五十条, XK-50).
 *
 * @param requestedValidTo the validity asked for, if the holder named one
 */
public record RenewalApplied(Recorded recorded, LocalDate appliedOn, String licenceNumber, LocalDate validTo,
		LocalDate requestedValidTo) implements CaseEvent {
}
