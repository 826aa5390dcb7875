package org.sanxiang.journal;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the journal.
 *
 * @param seq its place in the log, from 0, without gaps
 * @param at when it was appended
 * @param actor who acted
 * @param caseId the case, or {@code null}
 * @param type the event type, e.g. {@code ApplicationAccepted}
 * @param entry the canonical JSON that was hashed (all of the above plus the payload)
 * @param leafHash H(0x00 ‖ entry), hex
 */
public record JournalEntry(long seq, Instant at, String actor, UUID caseId, String type, String entry,
		String leafHash) {
}
