package org.sanxiang.catalog.web;

import org.sanxiang.catalog.CatalogEntry;

import static org.sanxiang.catalog.web.Inputs.text;

/**
 * Form of an entry keyed by a short code the person chooses once (内设机构, 权责事项, 监督方式), as
 * opposed to an agency's credit code or an officer's generated id.
 *
 * @param <T> the entry type
 */
abstract class CodedEntryForm<T extends CatalogEntry> extends EntryForm<T> {

	private String code;

	@Override
	String key() {
		return text(this.code);
	}

	@Override
	void useKey(String key) {
		this.code = key;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

}
