package org.sanxiang.supervision.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The checks, their samples, checklists and findings in PostgreSQL. */
@Repository
class SupervisionChecks {

	private final JdbcClient jdbc;

	SupervisionChecks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<SupervisionCheck> all() {
		return this.jdbc.sql("select * from supervision_check order by scheduled_on desc, created_at desc")
			.query(SupervisionChecks::check)
			.list();
	}

	/** The checks scheduled, sampled or completed in the period, oldest first. */
	List<SupervisionCheck> within(LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select * from supervision_check
				where (scheduled_on between ? and ?) or (completed_on between ? and ?)
				order by coalesce(completed_on, scheduled_on), created_at""")
			.params(from, to, from, to)
			.query(SupervisionChecks::check)
			.list();
	}

	Optional<SupervisionCheck> find(UUID id) {
		return this.jdbc.sql("select * from supervision_check where id = ?")
			.param(id)
			.query(SupervisionChecks::check)
			.optional();
	}

	/** Locks the check's row for the rest of the transaction (one command at a time). */
	Optional<SupervisionCheck> lock(UUID id) {
		return this.jdbc.sql("select * from supervision_check where id = ? for update")
			.param(id)
			.query(SupervisionChecks::check)
			.optional();
	}

	void insert(UUID id, String title, CheckKind kind, String agencyCode, String unitCode, LocalDate from, LocalDate to,
			LocalDate scheduledOn, int sampleSize, String actor, Instant at) {
		this.jdbc.sql("""
				insert into supervision_check (id, title, kind, agency_code, unit_code, period_from, period_to,
				  scheduled_on, sample_size, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, title, kind.name(), agencyCode, unitCode, from, to, scheduledOn, sampleSize, actor,
					Timestamp.from(at))
			.update();
	}

	void sampled(UUID id, long seed, int population, String digest, String actor, Instant at) {
		this.jdbc.sql("""
				update supervision_check set seed = ?, population = ?, population_digest = ?, sampled_by = ?,
				  sampled_at = ? where id = ?""")
			.params(seed, population, digest, actor, Timestamp.from(at), id)
			.update();
	}

	void addCase(UUID check, UUID caseId, int position, String number, String itemName, LocalDate decidedOn) {
		this.jdbc.sql("""
				insert into supervision_check_case (check_id, case_id, position, case_number, item_name, decided_on)
				values (?, ?, ?, ?, ?, ?)""").params(check, caseId, position, number, itemName, decidedOn).update();
	}

	void addPoint(UUID check, UUID caseId, ChecklistItem item, Verdict prefilled, String basis) {
		this.jdbc.sql("""
				insert into supervision_check_item (check_id, case_id, item, prefilled, prefill_basis)
				values (?, ?, ?, ?, ?)""").params(check, caseId, item.name(), prefilled.name(), basis).update();
	}

	void confirmPoint(UUID check, UUID caseId, ChecklistItem item, Verdict verdict, String note) {
		this.jdbc.sql(
				"update supervision_check_item set verdict = ?, note = ? where check_id = ? and case_id = ? and item = ?")
			.params(verdict.name(), note, check, caseId, item.name())
			.update();
	}

	void confirmCase(UUID check, UUID caseId, String actor, Instant at) {
		this.jdbc.sql(
				"update supervision_check_case set confirmed_by = ?, confirmed_at = ? where check_id = ? and case_id = ?")
			.params(actor, Timestamp.from(at), check, caseId)
			.update();
	}

	void complete(UUID id, LocalDate on, String actor, String conclusion) {
		this.jdbc.sql("update supervision_check set completed_on = ?, completed_by = ?, conclusion = ? where id = ?")
			.params(on, actor, conclusion, id)
			.update();
	}

	List<SupervisionCheck.SampledCase> cases(UUID check) {
		return this.jdbc.sql("select * from supervision_check_case where check_id = ? order by position")
			.param(check)
			.query((rs, n) -> new SupervisionCheck.SampledCase(rs.getObject("case_id", UUID.class),
					rs.getInt("position"), rs.getString("case_number"), rs.getString("item_name"),
					rs.getObject("decided_on", LocalDate.class), instant(rs, "confirmed_at"),
					rs.getString("confirmed_by")))
			.list();
	}

	List<SupervisionCheck.Point> points(UUID check) {
		return this.jdbc.sql("select * from supervision_check_item where check_id = ?").param(check).query((rs, n) -> {
			String verdict = rs.getString("verdict");
			return new SupervisionCheck.Point(rs.getObject("case_id", UUID.class),
					ChecklistItem.valueOf(rs.getString("item")), Verdict.valueOf(rs.getString("prefilled")),
					rs.getString("prefill_basis"), verdict == null ? null : Verdict.valueOf(verdict),
					rs.getString("note"));
		}).list().stream().sorted(java.util.Comparator.comparing(SupervisionCheck.Point::item)).toList();
	}

	void addFinding(UUID id, UUID check, UUID caseId, ChecklistItem item, String unitCode, String description,
			LocalDate foundOn, LocalDate due, String owner, UUID ledgerTask, String actor, Instant at) {
		this.jdbc.sql("""
				insert into supervision_finding (id, check_id, case_id, item, unit_code, description, found_on,
				  rectification_due, owner, ledger_task_id, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, check, caseId, item == null ? null : item.name(), unitCode, description, foundOn, due, owner,
					ledgerTask, actor, Timestamp.from(at))
			.update();
	}

	List<SupervisionCheck.FindingRow> findings(UUID check) {
		return this.jdbc.sql("select * from supervision_finding where check_id = ? order by recorded_at, id")
			.param(check)
			.query(SupervisionChecks::finding)
			.list();
	}

	Optional<SupervisionCheck.FindingRow> finding(UUID id) {
		return this.jdbc.sql("select * from supervision_finding where id = ?")
			.param(id)
			.query(SupervisionChecks::finding)
			.optional();
	}

	/** The findings of checks of the agency, optionally in a period of finding dates. */
	List<SupervisionCheck.FindingRow> findingsOf(String agencyCode, LocalDate from, LocalDate to) {
		return this.jdbc
			.sql("""
					select f.* from supervision_finding f join supervision_check c on c.id = f.check_id
					where c.agency_code = ? and f.found_on >= coalesce(?, f.found_on) and f.found_on <= coalesce(?, f.found_on)
					order by f.found_on, f.recorded_at, f.id""")
			.params(agencyCode, from, to)
			.query(SupervisionChecks::finding)
			.list();
	}

	private static SupervisionCheck.FindingRow finding(ResultSet rs, int row) throws SQLException {
		String item = rs.getString("item");
		return new SupervisionCheck.FindingRow(rs.getObject("id", UUID.class), rs.getObject("check_id", UUID.class),
				rs.getObject("case_id", UUID.class), item == null ? null : ChecklistItem.valueOf(item),
				rs.getString("unit_code"), rs.getString("description"), rs.getObject("found_on", LocalDate.class),
				rs.getObject("rectification_due", LocalDate.class), rs.getString("owner"),
				rs.getObject("ledger_task_id", UUID.class), rs.getString("recorded_by"),
				rs.getTimestamp("recorded_at").toInstant());
	}

	private static SupervisionCheck check(ResultSet rs, int row) throws SQLException {
		long seed = rs.getLong("seed");
		Long seedOrNull = rs.wasNull() ? null : seed;
		int population = rs.getInt("population");
		Integer populationOrNull = rs.wasNull() ? null : population;
		return new SupervisionCheck(rs.getObject("id", UUID.class), rs.getString("title"),
				CheckKind.valueOf(rs.getString("kind")), rs.getString("agency_code"), rs.getString("unit_code"),
				rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
				rs.getObject("scheduled_on", LocalDate.class), rs.getInt("sample_size"), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant(), seedOrNull, populationOrNull,
				rs.getString("population_digest"), instant(rs, "sampled_at"), rs.getString("sampled_by"),
				rs.getObject("completed_on", LocalDate.class), rs.getString("completed_by"),
				rs.getString("conclusion"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
