package org.sanxiang.supervision.ledger;

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

/** The ledger's tasks, notes and evidence files in PostgreSQL. */
@Repository
class LedgerTasks {

	/** A progress note, never changed once written. */
	record Note(long id, String author, Instant at, String text) {
	}

	/** An evidence file, kept in the ledger's file store under {@code blobKey}. */
	record Evidence(long id, String fileName, String mediaType, String blobKey, String sm3, long size, String addedBy,
			Instant addedAt) {
	}

	private static final String SELECT = """
			select t.*,
			  (select count(*) from supervision_ledger_note n where n.task_id = t.id) as notes,
			  (select count(*) from supervision_ledger_evidence e where e.task_id = t.id) as evidence,
			  (select n.text from supervision_ledger_note n where n.task_id = t.id order by n.at desc, n.id desc limit 1)
			    as last_note
			from supervision_ledger_task t
			""";

	private final JdbcClient jdbc;

	LedgerTasks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<LedgerTask> all() {
		return this.jdbc.sql(SELECT + " order by t.deadline, t.title").query(LedgerTasks::task).list();
	}

	Optional<LedgerTask> find(UUID id) {
		return this.jdbc.sql(SELECT + " where t.id = ?").param(id).query(LedgerTasks::task).optional();
	}

	/** Locks the task's row for the rest of the transaction (one command at a time). */
	Optional<LedgerTask> lock(UUID id) {
		this.jdbc.sql("select id from supervision_ledger_task where id = ? for update").param(id).query().listOfRows();
		return find(id);
	}

	boolean exists(String title) {
		return this.jdbc.sql("select count(*) from supervision_ledger_task where title = ?")
			.param(title)
			.query(Integer.class)
			.single() > 0;
	}

	void insert(UUID id, String title, LedgerCategory category, String unitCode, String owner, LocalDate deadline,
			String createdBy, Instant createdAt) {
		this.jdbc
			.sql("""
					insert into supervision_ledger_task (id, title, category, unit_code, owner, deadline, created_by, created_at)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, title, category.name(), unitCode, owner, deadline, createdBy, Timestamp.from(createdAt))
			.update();
	}

	void update(UUID id, String title, LedgerCategory category, String unitCode, String owner, LocalDate deadline) {
		this.jdbc.sql(
				"update supervision_ledger_task set title = ?, category = ?, unit_code = ?, owner = ?, deadline = ? where id = ?")
			.params(title, category.name(), unitCode, owner, deadline, id)
			.update();
	}

	void complete(UUID id, LocalDate on, String by, String summary) {
		this.jdbc.sql(
				"update supervision_ledger_task set completed_on = ?, completed_by = ?, completion_summary = ? where id = ?")
			.params(on, by, summary, id)
			.update();
	}

	void reopen(UUID id) {
		this.jdbc.sql(
				"update supervision_ledger_task set completed_on = null, completed_by = null, completion_summary = null where id = ?")
			.param(id)
			.update();
	}

	long addNote(UUID task, String author, Instant at, String text) {
		return this.jdbc
			.sql("insert into supervision_ledger_note (task_id, author, at, text) values (?, ?, ?, ?) returning id")
			.params(task, author, Timestamp.from(at), text)
			.query(Long.class)
			.single();
	}

	List<Note> notes(UUID task) {
		return this.jdbc.sql("select * from supervision_ledger_note where task_id = ? order by at, id")
			.param(task)
			.query((rs, n) -> new Note(rs.getLong("id"), rs.getString("author"), rs.getTimestamp("at").toInstant(),
					rs.getString("text")))
			.list();
	}

	long addEvidence(UUID task, String fileName, String mediaType, String blobKey, String sm3, long size,
			String addedBy, Instant addedAt) {
		return this.jdbc
			.sql("""
					insert into supervision_ledger_evidence (task_id, file_name, media_type, blob_key, sm3, size, added_by, added_at)
					values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(task, fileName, mediaType, blobKey, sm3, size, addedBy, Timestamp.from(addedAt))
			.query(Long.class)
			.single();
	}

	List<Evidence> evidence(UUID task) {
		return this.jdbc.sql("select * from supervision_ledger_evidence where task_id = ? order by added_at, id")
			.param(task)
			.query(LedgerTasks::evidence)
			.list();
	}

	Optional<Evidence> evidence(UUID task, long id) {
		return this.jdbc.sql("select * from supervision_ledger_evidence where task_id = ? and id = ?")
			.params(task, id)
			.query(LedgerTasks::evidence)
			.optional();
	}

	private static Evidence evidence(ResultSet rs, int row) throws SQLException {
		return new Evidence(rs.getLong("id"), rs.getString("file_name"), rs.getString("media_type"),
				rs.getString("blob_key"), rs.getString("sm3"), rs.getLong("size"), rs.getString("added_by"),
				rs.getTimestamp("added_at").toInstant());
	}

	private static LedgerTask task(ResultSet rs, int row) throws SQLException {
		return new LedgerTask(rs.getObject("id", UUID.class), rs.getString("title"),
				LedgerCategory.valueOf(rs.getString("category")), rs.getString("unit_code"), rs.getString("owner"),
				rs.getObject("deadline", LocalDate.class), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant(), rs.getObject("completed_on", LocalDate.class),
				rs.getString("completed_by"), rs.getString("completion_summary"), rs.getInt("notes"),
				rs.getInt("evidence"), rs.getString("last_note"));
	}

}
