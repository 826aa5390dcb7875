package org.sanxiang.casework.licensing;

import java.time.LocalDate;

/**
 * A holder's application to renew the licence (延续, 行政许可法 第五十条, XK-50), awaiting the
 * agency's decision.
 *
 * @param appliedOn the day the application was made, at least 30 days before expiry
 * @param requestedValidTo the validity asked for; {@code null} asks for the licence's
 * original term again
 */
public record RenewalApplication(LocalDate appliedOn, LocalDate requestedValidTo) {
}
