package org.sanxiang.documents;

import java.time.LocalDate;

/** Dates as documents print them: 2026年6月1日 (Arabic numerals, no leading zeros). */
final class DocumentDates {

	private DocumentDates() {
	}

	static String chinese(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

}
