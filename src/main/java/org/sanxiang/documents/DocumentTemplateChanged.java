package org.sanxiang.documents;

import java.time.Instant;

import org.sanxiang.journal.Journaled;

/**
 * A template got a new version (the standard set's first, or an administrator's edit):
 * journaled in the transaction that saves it, so the record shows which text documents
 * were made from at any time (全过程记录, JL-1). {@code sm3} is the SM3 digest (GB/T 32905) of
 * the version's fields and layout as stored, so the journal pins down the exact text.
 *
 * @param code the template
 * @param version the version saved
 * @param title its title
 * @param series its 代字
 * @param note why it was saved
 * @param actor who saved it
 * @param savedAt when
 * @param sm3 SM3 of the fields and layout as written, lower-case hex
 */
public record DocumentTemplateChanged(String code, int version, String title, String series, String note, String actor,
		Instant savedAt, String sm3) implements Journaled {

	@Override
	public String journalActor() {
		return this.actor;
	}

}
