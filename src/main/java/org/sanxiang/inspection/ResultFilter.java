package org.sanxiang.inspection;

import org.sanxiang.platform.InputRejected;

/**
 * The filter of the published results (portal, API): the year of the inspection and the
 * result. Bad input is refused with the field named, in Chinese.
 *
 * @param year the year, or {@code null} for all
 * @param result one of {@link ResultPublication#RESULTS}, or {@code null} for all
 */
record ResultFilter(Integer year, String result) {

	static ResultFilter parse(String year, String result) {
		Integer y = null;
		if (year != null && !year.isBlank()) {
			try {
				y = Integer.valueOf(year.strip());
			}
			catch (NumberFormatException ex) {
				throw InputRejected.invalid("year", "年份应为四位数字，例如 2026");
			}
			if (y < 2000 || y > 2100) {
				throw InputRejected.invalid("year", "年份应为四位数字，例如 2026");
			}
		}
		String r = null;
		if (result != null && !result.isBlank()) {
			r = result.strip();
			if (!ResultPublication.RESULTS.contains(r)) {
				throw InputRejected.invalid("result", "检查结果应为：" + String.join("、", ResultPublication.RESULTS));
			}
		}
		return new ResultFilter(y, r);
	}

	/** A 1-based page number; anything else is refused. */
	static int page(String page) {
		if (page == null || page.isBlank()) {
			return 1;
		}
		try {
			int n = Integer.parseInt(page.strip());
			if (n >= 1 && n <= 10_000) {
				return n;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw InputRejected.invalid("page", "页码应为 1 到 10000 之间的整数");
	}

}
