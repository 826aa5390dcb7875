package org.sanxiang.disclosure;

import java.util.UUID;

import org.sanxiang.journal.Journaled;

/**
 * Something that happened to a publication (created, approved, published, corrected,
 * withdrawn, held back). Raised in the transaction of the change, so the journal records
 * it there; search and open data react after commit.
 */
public interface PublicationEvent extends Journaled {

	UUID publicationId();

}
