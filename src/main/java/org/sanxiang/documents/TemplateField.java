package org.sanxiang.documents;

/**
 * A field a template declares: its name (referenced as {@code ${name}} in the template
 * text), its label, whether a document may not be issued without it, and where its value
 * comes from.
 *
 * @param name e.g. {@code applicantName}
 * @param label e.g. 申请人
 * @param mandatory whether issuing without a value is refused (422 listing the missing)
 * @param source {@code case:<key>} for a value read from the case (see
 * {@link CaseFieldValues}), {@code system:<key>} for one the platform sets (number, date,
 * issuer), {@code input} for one the officer types
 */
record TemplateField(String name, String label, boolean mandatory, String source) {

	static final String INPUT = "input";

	/** Where a value comes from. */
	enum Kind {

		/** read from the case ({@link CaseFieldValues}) */
		CASE,
		/** set by the platform when the document is issued */
		SYSTEM,
		/** typed by the officer who issues the document */
		INPUT

	}

	boolean fromCase() {
		return this.source.startsWith("case:");
	}

	/**
	 * The kind of source; a source that is none of the three counts as typed in (the
	 * template policy refuses it before it is saved).
	 */
	Kind kind() {
		if (fromCase()) {
			return Kind.CASE;
		}
		return this.source.startsWith("system:") ? Kind.SYSTEM : Kind.INPUT;
	}

	/** The key after {@code case:} or {@code system:}. */
	String key() {
		int colon = this.source.indexOf(':');
		return colon < 0 ? this.source : this.source.substring(colon + 1);
	}

}
