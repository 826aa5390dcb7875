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

	boolean fromCase() {
		return this.source.startsWith("case:");
	}

	/** The key after {@code case:} or {@code system:}. */
	String key() {
		int colon = this.source.indexOf(':');
		return colon < 0 ? this.source : this.source.substring(colon + 1);
	}

}
