package org.sanxiang.catalog;

import java.time.LocalDate;

/**
 * Why and from when a catalog change applies, and who makes it.
 *
 * @param effectiveFrom the day the new version takes effect; may be in the future
 * @param reason required, e.g. "《xx条例》修订"
 * @param actor user name of the person recording the change
 */
public record Change(LocalDate effectiveFrom, String reason, String actor) {
}
