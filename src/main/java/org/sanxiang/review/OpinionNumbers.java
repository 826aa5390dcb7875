package org.sanxiang.review;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 法制审核意见书 numbers: 发文机关代字 + 法审 + 〔year〕 + sequence + 号, e.g. 新发改法审〔2026〕1号 (WS-1: full
 * year, Arabic numerals, no leading zeros), gapless per agency and year. The increment
 * locks the year's row until the conclusion commits; a rolled-back conclusion gives its
 * number back. Kept deliberately small: the documents module will own document numbering
 * (DocumentNumber) for every instrument, this one included, and replace it.
 */
@Repository
class OpinionNumbers {

	private final JdbcClient jdbc;

	OpinionNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The next number of {@code agencyCode}'s series for {@code year}. */
	String next(String agencyCode, String prefix, int year) {
		int n = this.jdbc.sql("""
				insert into review_opinion_number (agency_code, year, last) values (:agency, :year, 1)
				on conflict (agency_code, year) do update set last = review_opinion_number.last + 1
				returning last""").param("agency", agencyCode).param("year", year).query(Integer.class).single();
		return format(prefix, year, n);
	}

	static String format(String prefix, int year, int n) {
		return (prefix == null ? "" : prefix) + "法审〔" + year + "〕" + n + "号";
	}

}
