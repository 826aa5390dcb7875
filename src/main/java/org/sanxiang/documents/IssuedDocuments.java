package org.sanxiang.documents;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The documents issued for cases, as the case file and the verification page read them.
 */
interface IssuedDocuments {

	/**
	 * Every document of the case, voided ones included, in the order they were issued.
	 */
	List<IssuedDocument> ofCase(UUID caseId);

	/** The document with this number, or empty. */
	Optional<IssuedDocument> byNumber(String number);

	/** The stored PDF of a document. */
	byte[] pdf(UUID documentId);

}
