package org.sanxiang.casework;

import java.time.LocalDate;

/**
 * 不予延续, before the licence expired, with the reasons and the holder's remedies (行政许可法
 * 第五十条、第三十八条第二款, XK-50, XK-38); the licence lapses on {@code validTo}.
 */
public record RenewalDenied(Recorded recorded, LocalDate decidedOn, String reasons, String remedies, String approvedBy,
		String licenceNumber, LocalDate validTo) implements CaseEvent {
}
