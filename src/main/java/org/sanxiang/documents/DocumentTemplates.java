package org.sanxiang.documents;

import java.util.List;
import java.util.Optional;

/**
 * The current version of each template, and any version an issued document was made from.
 */
interface DocumentTemplates {

	/** The current version of the template, or empty when there is no such template. */
	Optional<DocumentTemplate> current(String code);

	/** A given version, or empty. */
	Optional<DocumentTemplate> version(String code, int version);

	/** The current version of every template, in the order of the standard set. */
	List<DocumentTemplate> all();

}
