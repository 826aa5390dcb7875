package org.sanxiang.supervision.assessment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Commendations and accountability measures in PostgreSQL; never changed once written.
 */
@Repository
class Outcomes {

	private final JdbcClient jdbc;

	Outcomes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The agency's records of a year (all quarters and the year), newest first. */
	List<Outcome> ofYear(String agencyCode, int year) {
		return withFindings(this.jdbc.sql(
				"select * from supervision_assessment_record where agency_code = ? and year = ? order by decided_at desc, id")
			.params(agencyCode, year)
			.query(Outcomes::outcome)
			.list());
	}

	Optional<Outcome> find(UUID id) {
		return withFindings(this.jdbc.sql("select * from supervision_assessment_record where id = ?")
			.param(id)
			.query(Outcomes::outcome)
			.list()).stream().findFirst();
	}

	/** Locks the agency's records until the transaction ends (one decision at a time). */
	void lock(String agencyCode) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('supervision_assessment_record:' || ?))")
			.param(agencyCode)
			.query()
			.listOfRows();
	}

	void insert(Outcome o) {
		this.jdbc
			.sql("""
					insert into supervision_assessment_record (id, agency_code, unit_code, kind, measure, year, quarter, reason,
					  score, scheme_version, grade, decided_by, decided_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(o.id(), o.agencyCode(), o.unitCode(),
					o.measure().commendation() ? "COMMENDATION" : "ACCOUNTABILITY", o.measure().name(), o.year(),
					o.quarter(), o.reason(), o.score(), o.schemeVersion(), o.grade(), o.decidedBy(),
					Timestamp.from(o.decidedAt()))
			.update();
		for (Outcome.LinkedFinding f : o.findings()) {
			this.jdbc.sql(
					"insert into supervision_assessment_record_finding (record_id, finding_id, check_id, description) values (?, ?, ?, ?)")
				.params(o.id(), f.id(), f.checkId(),
						f.description().length() > 500 ? f.description().substring(0, 500) : f.description())
				.update();
		}
	}

	private List<Outcome> withFindings(List<Outcome> rows) {
		List<Outcome> result = new ArrayList<>();
		for (Outcome o : rows) {
			List<Outcome.LinkedFinding> findings = this.jdbc.sql(
					"select finding_id, check_id, description from supervision_assessment_record_finding where record_id = ? order by finding_id")
				.param(o.id())
				.query((rs, n) -> new Outcome.LinkedFinding(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
						rs.getString(3)))
				.list();
			result.add(new Outcome(o.id(), o.agencyCode(), o.unitCode(), o.measure(), o.year(), o.quarter(), o.reason(),
					o.score(), o.schemeVersion(), o.grade(), findings, o.decidedBy(), o.decidedAt()));
		}
		return result;
	}

	private static Outcome outcome(ResultSet rs, int n) throws SQLException {
		int quarter = rs.getInt("quarter");
		Integer q = rs.wasNull() ? null : quarter;
		int version = rs.getInt("scheme_version");
		Integer v = rs.wasNull() ? null : version;
		BigDecimal score = rs.getBigDecimal("score");
		Instant at = rs.getTimestamp("decided_at").toInstant();
		return new Outcome(rs.getObject("id", UUID.class), rs.getString("agency_code"), rs.getString("unit_code"),
				Measure.valueOf(rs.getString("measure")), rs.getInt("year"), q, rs.getString("reason"), score, v,
				rs.getString("grade"), List.of(), rs.getString("decided_by"), at);
	}

}
