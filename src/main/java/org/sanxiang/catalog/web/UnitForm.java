package org.sanxiang.catalog.web;

import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.EntryKind;
import org.sanxiang.catalog.Unit;

import org.springframework.validation.Errors;

import static org.sanxiang.catalog.web.Inputs.text;

/** 内设机构 / 股室. */
public class UnitForm extends CodedEntryForm<Unit> {

	private String duties;

	private String phone;

	private String sortOrder;

	@Override
	EntryKind<Unit> kind() {
		return EntryKind.UNIT;
	}

	@Override
	void fill(Unit u) {
		setCode(u.code());
		setName(u.name());
		this.duties = u.duties();
		this.phone = u.phone();
		this.sortOrder = String.valueOf(u.sortOrder());
	}

	@Override
	Unit toEntry(String agencyCode, Catalog catalog, Errors errors) {
		Integer order = Inputs.wholeNumber(this.sortOrder, "sortOrder", "排序", false, 0, errors);
		return new Unit(text(getCode()), agencyCode, text(getName()), text(this.duties), text(this.phone),
				order == null ? 0 : order);
	}

	public String getDuties() {
		return this.duties;
	}

	public void setDuties(String duties) {
		this.duties = duties;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(String sortOrder) {
		this.sortOrder = sortOrder;
	}

}
