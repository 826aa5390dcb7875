package org.sanxiang.catalog;

import java.time.LocalDate;

/**
 * Why and from when a catalog change applies, and who makes it.
 *
 * @param effectiveFrom the day the new version takes effect; may be in the future
 * @param reason required, e.g. "《xx条例》修订"
 * @param actor user name of the person recording the change
 * @param creditCodeOverrideReason only for an agency whose 统一社会信用代码 is well formed but
 * fails the GB 32100 checksum (some early pilot codes are legal anyway, RULES ID-1): why
 * the code is accepted nonetheless; recorded with the version. Null otherwise.
 */
public record Change(LocalDate effectiveFrom, String reason, String actor, String creditCodeOverrideReason) {

	public Change(LocalDate effectiveFrom, String reason, String actor) {
		this(effectiveFrom, reason, actor, null);
	}

}
