package org.sanxiang.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One piece of evidence (音像记录 or document) and its metadata (全过程记录, RULES.md JL-1): what
 * activity of which case it records, who captured it with what device and when, and the
 * digests of its content (SHA-256 is also its key in the blob store; SM3 per GB/T 32905).
 * A deleted item keeps its row as a tombstone with {@code deletedAt} set and no content.
 *
 * @param caseId the case, or {@code null} for an activity outside a case (e.g. a random
 * inspection before any case)
 * @param fileName the name given by the uploader, made safe (no path, no control
 * characters)
 * @param mediaType the type detected from the content, not the declared one
 * @param retentionEnd the first day it may be deleted
 */
public record EvidenceItem(UUID id, UUID caseId, Activity activity, String capturedBy, String device,
		Instant captureStart, Instant captureEnd, String location, String description, String fileName,
		String mediaType, long size, String sha256, String sm3, LocalDate retentionEnd, String uploadedBy,
		Instant uploadedAt, Instant deletedAt) {

	/** The capture interval, for {@link Coverage}. */
	public Coverage.Interval capture() {
		return new Coverage.Interval(this.captureStart, this.captureEnd);
	}

	/** Audio or video: what the audio/video gates count (JL-3). */
	public boolean isAudioVisual() {
		return this.mediaType.startsWith("audio/") || this.mediaType.startsWith("video/");
	}

	public boolean deleted() {
		return this.deletedAt != null;
	}

}
