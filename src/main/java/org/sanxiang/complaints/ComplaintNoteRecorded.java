package org.sanxiang.complaints;

import java.time.Instant;
import java.util.UUID;

/**
 * A progress note was recorded; the journal keeps its SHA-256, the note itself stays with
 * the complaint.
 */
public record ComplaintNoteRecorded(UUID complaintId, String number, String noteSha256, String actor,
		Instant at) implements ComplaintEvent {
}
