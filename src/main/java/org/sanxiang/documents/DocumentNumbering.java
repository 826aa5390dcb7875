package org.sanxiang.documents;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out document numbers (RULES.md WS-1): one continuous series per agency, 代字 and
 * year, without a gap and without a duplicate. The next number is taken by incrementing
 * the series' row, which PostgreSQL keeps locked until the caller's transaction ends: a
 * second issue in the same series waits, and an issue that rolls back (missing values, a
 * failed render, any error) returns its number. The register's primary key on (agency,
 * 代字, year, sequence) is the last line of defence.
 */
@Component
class DocumentNumbering {

	private final JdbcClient jdbc;

	DocumentNumbering(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The next number of the series, held for the current transaction, which must store
	 * its document before it commits. Everything done after this call in that transaction
	 * waits for nobody else issuing in the series, so call it as late as possible.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	DocumentNumber allocate(String agencyCode, String series, int year) {
		if (!DocumentNumber.validSeries(series)) {
			throw new IllegalArgumentException("代字不符合要求：" + series);
		}
		Integer sequence = this.jdbc.sql("""
				insert into documents_series (agency_code, series, year, last_sequence) values (?, ?, ?, 1)
				on conflict (agency_code, series, year)
				do update set last_sequence = documents_series.last_sequence + 1
				returning last_sequence""").params(agencyCode, series, year).query(Integer.class).single();
		return new DocumentNumber(series, year, sequence);
	}

}
