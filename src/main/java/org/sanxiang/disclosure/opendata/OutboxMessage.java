package org.sanxiang.disclosure.opendata;

import java.time.Instant;
import java.util.UUID;

/**
 * One message to the provincial platform: the 信用中国 record of a publication as it stood
 * after one public change.
 *
 * @param id the row
 * @param publicationId the publication
 * @param changeSeq 1, 2, 3, … per publication
 * @param idempotencyKey {@code <publicationId>:<changeSeq>}, the same on every attempt
 * @param body the JSON sent
 * @param status where it stands
 * @param attempts attempts made since it was queued or last replayed
 * @param createdAt when it was queued
 * @param nextAttemptAt when the sender may try it next
 * @param lastAttemptAt the last attempt, or {@code null}
 * @param sentAt when the platform accepted it, or {@code null}
 * @param lastError what went wrong last, or {@code null}
 */
record OutboxMessage(long id, UUID publicationId, int changeSeq, String idempotencyKey, String body,
		OutboxStatus status, int attempts, Instant createdAt, Instant nextAttemptAt, Instant lastAttemptAt,
		Instant sentAt, String lastError) {

	static String key(UUID publicationId, int changeSeq) {
		return publicationId + ":" + changeSeq;
	}

}
