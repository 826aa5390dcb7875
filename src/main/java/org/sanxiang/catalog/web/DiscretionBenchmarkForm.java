package org.sanxiang.catalog.web;

import java.math.BigDecimal;

import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.DiscretionBenchmark;
import org.sanxiang.catalog.EntryKind;

import org.springframework.validation.Errors;

import static org.sanxiang.catalog.web.Inputs.text;

/**
 * 行政裁量基准 of an item: the circumstance (the form's name field), the standard, an optional
 * numeric range with its unit, and the basis.
 */
public class DiscretionBenchmarkForm extends CodedEntryForm<DiscretionBenchmark> {

	private String itemCode;

	private String standard;

	private String minimum;

	private String maximum;

	private String unit;

	private String basis;

	private String position;

	@Override
	EntryKind<DiscretionBenchmark> kind() {
		return EntryKind.BENCHMARK;
	}

	@Override
	void fill(DiscretionBenchmark b) {
		setCode(b.code());
		setName(b.circumstance());
		this.itemCode = b.itemCode();
		this.standard = b.standard();
		this.minimum = b.minimum() == null ? null : b.minimum().toPlainString();
		this.maximum = b.maximum() == null ? null : b.maximum().toPlainString();
		this.unit = b.unit();
		this.basis = b.basis();
		this.position = String.valueOf(b.position());
	}

	@Override
	DiscretionBenchmark toEntry(String agencyCode, Catalog catalog, Errors errors) {
		BigDecimal low = number(this.minimum, "minimum", "幅度下限", errors);
		BigDecimal high = number(this.maximum, "maximum", "幅度上限", errors);
		Integer order = Inputs.wholeNumber(this.position, "position", "排序", false, 0, errors);
		return new DiscretionBenchmark(text(getCode()), agencyCode, text(this.itemCode), text(getName()),
				text(this.standard), low, high, text(this.unit), text(this.basis), order == null ? 0 : order);
	}

	/**
	 * The catalog calls the circumstance {@code circumstance}; the form shows it as name.
	 */
	@Override
	String formPath(String catalogPath) {
		return "circumstance".equals(catalogPath) ? "name" : catalogPath;
	}

	private static BigDecimal number(String value, String field, String label, Errors errors) {
		if (Inputs.blank(value)) {
			return null;
		}
		try {
			return new BigDecimal(value.strip());
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "number", label + "须为数字，例如 12 或 0.5");
			return null;
		}
	}

	public String getItemCode() {
		return this.itemCode;
	}

	public void setItemCode(String itemCode) {
		this.itemCode = itemCode;
	}

	public String getStandard() {
		return this.standard;
	}

	public void setStandard(String standard) {
		this.standard = standard;
	}

	public String getMinimum() {
		return this.minimum;
	}

	public void setMinimum(String minimum) {
		this.minimum = minimum;
	}

	public String getMaximum() {
		return this.maximum;
	}

	public void setMaximum(String maximum) {
		this.maximum = maximum;
	}

	public String getUnit() {
		return this.unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public String getBasis() {
		return this.basis;
	}

	public void setBasis(String basis) {
		this.basis = basis;
	}

	public String getPosition() {
		return this.position;
	}

	public void setPosition(String position) {
		this.position = position;
	}

}
