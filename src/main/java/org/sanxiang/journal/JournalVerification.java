package org.sanxiang.journal;

import java.time.Instant;

/**
 * What a verification run found.
 *
 * @param verifiedEntries entries whose leaf, place and columns match, up to the first
 * mismatch
 * @param verifiedTreeHeads signed tree heads whose signature and root match
 * @param firstMismatch the sequence number of the first entry that no longer matches, or
 * {@code null} when everything matches
 * @param detail what is wrong, in Chinese, or {@code 全部一致}
 * @param finishedAt when the run ended
 */
public record JournalVerification(long verifiedEntries, long verifiedTreeHeads, Long firstMismatch, String detail,
		Instant finishedAt) {

	public boolean intact() {
		return this.firstMismatch == null && this.detail.equals(INTACT);
	}

	static final String INTACT = "全部一致";

}
