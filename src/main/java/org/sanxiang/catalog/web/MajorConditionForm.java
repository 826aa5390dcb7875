package org.sanxiang.catalog.web;

import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.EntryKind;
import org.sanxiang.catalog.MajorCondition;
import org.sanxiang.catalog.MajorConditionKind;

import org.springframework.validation.Errors;

import static org.sanxiang.catalog.web.Inputs.text;

/**
 * A condition of the 重大执法决定法制审核目录 (SH-2): its kind, the label and basis the portal
 * publishes, whether it needs collective discussion, whether it applies.
 */
public class MajorConditionForm extends CodedEntryForm<MajorCondition> {

	private String conditionKind;

	private String basis;

	private boolean collectiveDiscussion;

	private boolean enabled = true;

	private String position;

	@Override
	EntryKind<MajorCondition> kind() {
		return EntryKind.MAJOR_CONDITION;
	}

	@Override
	void fill(MajorCondition c) {
		setCode(c.code());
		setName(c.name());
		this.conditionKind = c.kind() == null ? null : c.kind().name();
		this.basis = c.basis();
		this.collectiveDiscussion = c.collectiveDiscussion();
		this.enabled = c.enabled();
		this.position = String.valueOf(c.position());
	}

	@Override
	MajorCondition toEntry(String agencyCode, Catalog catalog, Errors errors) {
		MajorConditionKind kind = Inputs.choice(MajorConditionKind.class, this.conditionKind, "conditionKind", "情形类别",
				true, errors);
		Integer order = Inputs.wholeNumber(this.position, "position", "排序", false, 0, errors);
		return new MajorCondition(text(getCode()), agencyCode, kind, text(getName()), text(this.basis),
				this.collectiveDiscussion, this.enabled, order == null ? 0 : order);
	}

	/**
	 * The catalog calls the kind {@code kind}; the form field is {@code conditionKind}.
	 */
	@Override
	String formPath(String catalogPath) {
		return "kind".equals(catalogPath) ? "conditionKind" : catalogPath;
	}

	public String getConditionKind() {
		return this.conditionKind;
	}

	public void setConditionKind(String conditionKind) {
		this.conditionKind = conditionKind;
	}

	public String getBasis() {
		return this.basis;
	}

	public void setBasis(String basis) {
		this.basis = basis;
	}

	public boolean isCollectiveDiscussion() {
		return this.collectiveDiscussion;
	}

	public void setCollectiveDiscussion(boolean collectiveDiscussion) {
		this.collectiveDiscussion = collectiveDiscussion;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getPosition() {
		return this.position;
	}

	public void setPosition(String position) {
		this.position = position;
	}

}
