package org.sanxiang.supervision.assessment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The scoring schemes' versions in PostgreSQL; a version is never changed. */
@Repository
class ScoringSchemes {

	private final JdbcClient jdbc;

	ScoringSchemes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every version of the agency's scheme, newest first. */
	List<ScoringScheme> versions(String agencyCode) {
		List<ScoringScheme> rows = this.jdbc
			.sql("select * from supervision_assessment_scheme where agency_code = ? order by version desc")
			.param(agencyCode)
			.query((rs, n) -> new ScoringScheme(rs.getObject("id", UUID.class), rs.getString("agency_code"),
					rs.getInt("version"), rs.getObject("effective_from", LocalDate.class), Map.of(),
					rs.getBigDecimal("finding_points"), rs.getBigDecimal("overdue_points"),
					rs.getBigDecimal("excellent_from"), rs.getBigDecimal("good_from"), rs.getBigDecimal("pass_from"),
					rs.getString("note"), rs.getString("adopted_by"), rs.getTimestamp("adopted_at").toInstant()))
			.list();
		List<ScoringScheme> schemes = new ArrayList<>();
		for (ScoringScheme s : rows) {
			Map<ScoreComponent, BigDecimal> weights = new EnumMap<>(ScoreComponent.class);
			this.jdbc.sql("select component, weight from supervision_assessment_weight where scheme_id = ?")
				.param(s.id())
				.query((rs, n) -> Map.entry(ScoreComponent.of(rs.getString(1)), rs.getBigDecimal(2)))
				.list()
				.forEach(e -> weights.put(e.getKey(), e.getValue()));
			schemes.add(new ScoringScheme(s.id(), s.agencyCode(), s.version(), s.effectiveFrom(), weights,
					s.findingPoints(), s.overduePoints(), s.excellentFrom(), s.goodFrom(), s.passFrom(), s.note(),
					s.adoptedBy(), s.adoptedAt()));
		}
		return schemes;
	}

	/**
	 * The version in force on {@code day}: of those effective by then, the highest
	 * version.
	 */
	Optional<ScoringScheme> inForce(String agencyCode, LocalDate day) {
		return versions(agencyCode).stream().filter(s -> !s.effectiveFrom().isAfter(day)).findFirst();
	}

	/**
	 * The next version number, holding a lock on the agency's schemes until the
	 * transaction ends so that two adoptions cannot take the same number.
	 */
	int nextVersion(String agencyCode) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('supervision_assessment_scheme:' || ?))")
			.param(agencyCode)
			.query()
			.listOfRows();
		return this.jdbc
			.sql("select coalesce(max(version), 0) + 1 from supervision_assessment_scheme where agency_code = ?")
			.param(agencyCode)
			.query(Integer.class)
			.single();
	}

	void insert(UUID id, String agencyCode, int version, ScoringScheme.Checked c, String actor, Instant at) {
		this.jdbc.sql("""
				insert into supervision_assessment_scheme (id, agency_code, version, effective_from, finding_points,
				  overdue_points, excellent_from, good_from, pass_from, note, adopted_by, adopted_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, agencyCode, version, c.effectiveFrom(), c.findingPoints(), c.overduePoints(), c.excellentFrom(),
					c.goodFrom(), c.passFrom(), c.note(), actor, Timestamp.from(at))
			.update();
		int position = 0;
		for (Map.Entry<ScoreComponent, BigDecimal> w : c.weights().entrySet()) {
			this.jdbc.sql(
					"insert into supervision_assessment_weight (scheme_id, component, weight, position) values (?, ?, ?, ?)")
				.params(id, w.getKey().code(), w.getValue(), position++)
				.update();
		}
	}

}
