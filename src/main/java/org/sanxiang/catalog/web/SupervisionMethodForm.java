package org.sanxiang.catalog.web;

import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.EntryKind;
import org.sanxiang.catalog.SupervisionMethod;

import org.springframework.validation.Errors;

import static org.sanxiang.catalog.web.Inputs.text;

/** 监督方式: how the public supervises enforcement and complains (GS-1). */
public class SupervisionMethodForm extends CodedEntryForm<SupervisionMethod> {

	private String description;

	private String channel;

	private String sortOrder;

	@Override
	EntryKind<SupervisionMethod> kind() {
		return EntryKind.SUPERVISION;
	}

	@Override
	void fill(SupervisionMethod m) {
		setCode(m.code());
		setName(m.name());
		this.description = m.description();
		this.channel = m.channel();
		this.sortOrder = String.valueOf(m.sortOrder());
	}

	@Override
	SupervisionMethod toEntry(String agencyCode, Catalog catalog, Errors errors) {
		Integer order = Inputs.wholeNumber(this.sortOrder, "sortOrder", "排序", false, 0, errors);
		return new SupervisionMethod(text(getCode()), agencyCode, text(getName()), text(this.description),
				text(this.channel), order == null ? 0 : order);
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getChannel() {
		return this.channel;
	}

	public void setChannel(String channel) {
		this.channel = channel;
	}

	public String getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(String sortOrder) {
		this.sortOrder = sortOrder;
	}

}
