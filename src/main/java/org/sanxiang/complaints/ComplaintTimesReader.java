package org.sanxiang.complaints;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The complaints' days, read in one query. */
@Component
class ComplaintTimesReader implements ComplaintTimes {

	private final JdbcClient jdbc;

	ComplaintTimesReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<ComplaintTime> received(LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select number, kind, unit_code, officer_id, received_on, deadline, replied_on
				from complaints_complaint
				where (cast(:from as date) is null or received_on >= :from)
				  and (cast(:to as date) is null or received_on <= :to)
				order by received_on, number""")
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new ComplaintTime(rs.getString("number"),
					ComplaintKind.valueOf(rs.getString("kind")).label(), rs.getString("unit_code"),
					rs.getString("officer_id"), rs.getObject("received_on", LocalDate.class),
					rs.getObject("deadline", LocalDate.class), rs.getObject("replied_on", LocalDate.class)))
			.list();
	}

}
