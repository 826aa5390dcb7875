package org.sanxiang.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The recorded major decisions ({@link DecisionCoverage}), read in one query. */
@Component
class MajorDecisionsReader implements MajorDecisions {

	private final JdbcClient jdbc;

	MajorDecisionsReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<MajorDecision> made(LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select case_id, event_type, decision, decided_on, review_id, opinion_number from review_decision
				where (cast(:from as date) is null or decided_on >= :from)
				  and (cast(:to as date) is null or decided_on <= :to)
				order by decided_on, id""")
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new MajorDecision(rs.getObject("case_id", UUID.class), rs.getString("event_type"),
					rs.getString("decision"), rs.getObject("decided_on", LocalDate.class),
					rs.getObject("review_id", UUID.class), rs.getString("opinion_number")))
			.list();
	}

}
