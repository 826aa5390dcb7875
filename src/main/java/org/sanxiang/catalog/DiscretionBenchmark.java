package org.sanxiang.catalog;

import java.math.BigDecimal;

/**
 * 行政裁量基准: for one item, a circumstance (情形) and the standard the agency applies to it
 * (裁量标准), with its basis; where the standard is a range of numbers (days, months, an
 * amount), {@code minimum} to {@code maximum} in {@code unit}, so that a legal review can
 * check that the discretion applied lies within it (RULES SH-4: 行政裁量基准适用是否适当).
 *
 * @param code stable key
 * @param agencyCode the agency that set it
 * @param itemCode the item it belongs to
 * @param circumstance 情形, e.g. 项目单位申请延期开工建设
 * @param standard 裁量标准 in words, e.g. 可准予延期一次，期限最长不超过1年
 * @param minimum lower end of the range, or {@code null}
 * @param maximum upper end of the range, or {@code null}
 * @param unit unit of the range, e.g. 个月, 工作日, 元; {@code null} without a range
 * @param basis 依据, law and article
 * @param position display order within the item
 */
public record DiscretionBenchmark(String code, String agencyCode, String itemCode, String circumstance, String standard,
		BigDecimal minimum, BigDecimal maximum, String unit, String basis, int position) implements CatalogEntry {

	@Override
	public String key() {
		return this.code;
	}

	@Override
	public String displayName() {
		return this.circumstance;
	}

	/** Whether the benchmark gives a numeric range at all. */
	public boolean ranged() {
		return this.minimum != null || this.maximum != null;
	}

	/**
	 * Whether {@code value} lies within the range (ends included); {@code false} for no
	 * value or a benchmark without a range.
	 */
	public boolean within(BigDecimal value) {
		if (value == null || !ranged()) {
			return false;
		}
		return (this.minimum == null || value.compareTo(this.minimum) >= 0)
				&& (this.maximum == null || value.compareTo(this.maximum) <= 0);
	}

}
