package org.sanxiang.disclosure.publication;

import java.time.LocalDate;
import java.util.UUID;

import org.sanxiang.disclosure.Publication;

/**
 * A publication as staff see it: the public record plus what only the console shows —
 * what raised it, the decision document's template, why it is held back, and a withdrawal
 * still to do (GS-4) with its due date.
 */
record PublicationRecord(Publication publication, String source, String documentTemplate, String publishedBy,
		String heldBackReason, String withdrawalPending, LocalDate withdrawalDueOn) {

	UUID id() {
		return this.publication.id();
	}

}
