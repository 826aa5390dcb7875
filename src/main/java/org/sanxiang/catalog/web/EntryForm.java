package org.sanxiang.catalog.web;

import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.CatalogEntry;
import org.sanxiang.catalog.EntryKind;

import org.springframework.validation.Errors;

/**
 * Form backing one catalog entry: its name, which every kind has, plus the change fields
 * every save needs: 生效日期 and 变更原因. Every input is a string (or a checkbox) so that
 * binding never fails; {@link #toEntry} converts and records Chinese field errors
 * instead.
 *
 * @param <T> the entry type
 */
abstract class EntryForm<T extends CatalogEntry> {

	private String name;

	private String effectiveFrom;

	private String reason;

	abstract EntryKind<T> kind();

	/** Copies an existing version into the form. */
	abstract void fill(T entry);

	/**
	 * The entry as typed, or null-safe partial content when {@code errors} has gained
	 * errors.
	 * @param agencyCode the agency new units, officers and items belong to
	 */
	abstract T toEntry(String agencyCode, Catalog catalog, Errors errors);

	/** The key as typed (new entries) or fixed by the URL (edits). */
	abstract String key();

	abstract void useKey(String key);

	/** Adds one blank row to a repeated section ("增加一行"). */
	void addRow(String section) {
	}

	/**
	 * Adds blank rows after the existing ones so a person can type more without
	 * scripting.
	 */
	void padRows(int count) {
	}

	/**
	 * The form field that a catalog field path names, e.g. the catalog's
	 * {@code legalBases[0].law} is the first non-blank legal basis row, which may be the
	 * form's {@code legalBases[2].law}.
	 */
	String formPath(String catalogPath) {
		return catalogPath;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEffectiveFrom() {
		return this.effectiveFrom;
	}

	public void setEffectiveFrom(String effectiveFrom) {
		this.effectiveFrom = effectiveFrom;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
