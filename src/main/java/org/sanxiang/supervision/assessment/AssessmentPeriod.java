package org.sanxiang.supervision.assessment;

import java.time.LocalDate;

import org.sanxiang.platform.InputRejected;

/**
 * A period scored: a quarter (季度考核) or, without a quarter, a whole year (年度考核).
 *
 * @param quarter 1–4, or {@code null} for the year
 */
record AssessmentPeriod(int year, Integer quarter) {

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	/** The period asked for, refused (400) when the year or quarter is out of range. */
	static AssessmentPeriod of(Integer year, Integer quarter) {
		if (year == null) {
			throw InputRejected.invalid("year", "请选择考核年度");
		}
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw InputRejected.invalid("year", "考核年度须在 " + FIRST_YEAR + " 至 " + LAST_YEAR + " 之间");
		}
		if (quarter != null && (quarter < 1 || quarter > 4)) {
			throw InputRejected.invalid("quarter", "季度只能是 1 至 4（年度考核不填季度）");
		}
		return new AssessmentPeriod(year, quarter);
	}

	/** The quarter before the one {@code today} lies in: the last complete quarter. */
	static AssessmentPeriod lastQuarter(LocalDate today) {
		int q = (today.getMonthValue() - 1) / 3 + 1;
		return q == 1 ? new AssessmentPeriod(today.getYear() - 1, 4) : new AssessmentPeriod(today.getYear(), q - 1);
	}

	public LocalDate from() {
		return this.quarter == null ? LocalDate.of(this.year, 1, 1) : LocalDate.of(this.year, this.quarter * 3 - 2, 1);
	}

	public LocalDate to() {
		return this.quarter == null ? LocalDate.of(this.year, 12, 31)
				: LocalDate.of(this.year, this.quarter * 3, 1).plusMonths(1).minusDays(1);
	}

	boolean annual() {
		return this.quarter == null;
	}

	public String label() {
		return this.quarter == null ? this.year + "年度" : this.year + "年第" + "一二三四".charAt(this.quarter - 1) + "季度";
	}

	/**
	 * The last day the records are counted to on {@code today}: the period's end, or
	 * today while the period runs. A period not yet begun is refused (422).
	 */
	LocalDate countedTo(LocalDate today) {
		if (today.isBefore(from())) {
			throw InputRejected.unprocessable("period", label() + "尚未开始，不能计算得分");
		}
		return today.isBefore(to()) ? today : to();
	}

}
