package org.sanxiang.journal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a case's timeline (可回溯) says beside an entry about the thing it concerns, where
 * the entry's type alone says too little: the number and title of the document an entry
 * issued, voided or changed, the case file it assembled. The modules that record those
 * entries sit above the journal, so they contribute the notes through this interface, as
 * with {@link TimelineEvidence}, and the journal shows what it is given.
 */
public interface TimelineNotes {

	/**
	 * The note of each of {@code entries} this module has one for, by the entry's
	 * {@code seq}.
	 * @param caseId the case
	 * @param entries the case's entries, oldest first
	 */
	Map<Long, Note> notes(UUID caseId, List<JournalEntry> entries);

	/**
	 * One note.
	 *
	 * @param text e.g. 新发改许受〔2026〕3号《受理通知书》
	 * @param url where the thing is read (its PDF), or {@code null} when the viewer may
	 * not read it
	 */
	record Note(String text, String url) {
	}

}
