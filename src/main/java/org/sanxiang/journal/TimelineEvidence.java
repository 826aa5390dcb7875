package org.sanxiang.journal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The evidence a case's timeline (可回溯) shows beside the entries it concerns: the entry
 * that stored a recording, the entries of its custody (viewed, downloaded, exported,
 * shared, deleted), and the entry of the activity it records (a site inspection, a
 * hearing, a delivery). The modules that keep evidence sit above the journal — their
 * events implement {@link Journaled} — so they contribute it through this interface, and
 * the journal renders what it is given without knowing them (RULES.md JL-1).
 */
public interface TimelineEvidence {

	/**
	 * The evidence each of {@code entries} concerns, by the entry's {@code seq}; entries
	 * that concern none are absent.
	 * @param caseId the case
	 * @param entries the case's entries, oldest first
	 */
	Map<Long, List<Exhibit>> exhibits(UUID caseId, List<JournalEntry> entries);

	/**
	 * One piece of evidence as the timeline shows it.
	 *
	 * @param id the evidence id
	 * @param fileName the name it was uploaded under
	 * @param mediaType the type found in its content, e.g. {@code video/mp4}
	 * @param activity the activity it records, in Chinese (现场检查, 听证, 送达, …)
	 * @param captureStart when capture began
	 * @param captureEnd when capture ended
	 * @param sha256 its SHA-256, lower-case hex
	 * @param sm3 its SM3 (GB/T 32905), lower-case hex
	 * @param contentUrl where its content streams from (HTTP Range, each playback a
	 * custody entry), or {@code null} when deleted or when the viewer may not play
	 * evidence
	 * @param pageUrl where its full record is shown, or {@code null} when the viewer may
	 * not open it
	 * @param deleted deleted after its retention ended: only its record and digests
	 * remain (JL-6)
	 */
	record Exhibit(UUID id, String fileName, String mediaType, String activity, Instant captureStart,
			Instant captureEnd, String sha256, String sm3, String contentUrl, String pageUrl, boolean deleted) {

		/** {@code video}, {@code audio}, {@code image} or {@code file}: which player. */
		public String kind() {
			if (this.mediaType == null) {
				return "file";
			}
			if (this.mediaType.startsWith("video/")) {
				return "video";
			}
			if (this.mediaType.startsWith("audio/")) {
				return "audio";
			}
			return this.mediaType.startsWith("image/") ? "image" : "file";
		}

		/** The first 16 hex digits of the SHA-256, enough to tell items apart. */
		public String shortSha256() {
			return shorten(this.sha256);
		}

		/** The first 16 hex digits of the SM3. */
		public String shortSm3() {
			return shorten(this.sm3);
		}

		private static String shorten(String hex) {
			return (hex == null || hex.length() <= 16) ? hex : hex.substring(0, 16) + "…";
		}

	}

}
