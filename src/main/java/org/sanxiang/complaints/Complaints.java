package org.sanxiang.complaints;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Complaints, their notes and the daily number counter, in PostgreSQL. */
@Repository
class Complaints {

	private final JdbcClient jdbc;

	Complaints(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A progress note. */
	record Note(String author, Instant at, String text) {
	}

	/**
	 * The next number of {@code day}, counted in the caller's transaction: a rollback
	 * gives it back, so numbers have no gaps.
	 */
	int nextNumber(LocalDate day) {
		return this.jdbc.sql("""
				insert into complaints_counter (day, last) values (:day, 1)
				on conflict (day) do update set last = complaints_counter.last + 1
				returning last
				""").param("day", day).query(Integer.class).single();
	}

	/** Marks a challenge as used; false when it was used before. */
	boolean useChallenge(String nonce, Instant expiresAt, Instant now) {
		this.jdbc.sql("delete from complaints_challenge_used where expires_at < :now").param("now", utc(now)).update();
		return this.jdbc.sql("""
				insert into complaints_challenge_used (nonce, expires_at) values (:nonce, :expires)
				on conflict (nonce) do nothing
				""").param("nonce", nonce).param("expires", utc(expiresAt)).update() == 1;
	}

	void add(Complaint c) {
		this.jdbc
			.sql("""
					insert into complaints_complaint (id, number, kind, unit_code, officer_id, officer_name, officer_account,
					  certificate_no, case_number, content, contact_name, contact_phone, anonymous, queue, status,
					  query_code_hash, received_at, received_on, deadline)
					values (:id, :number, :kind, :unit, :officerId, :officerName, :officerAccount, :cert, :caseNumber,
					  :content, :contactName, :contactPhone, :anonymous, :queue, :status, :hash, :receivedAt, :receivedOn,
					  :deadline)
					""")
			.param("id", c.id())
			.param("number", c.number())
			.param("kind", c.kind().name())
			.param("unit", c.unitCode())
			.param("officerId", c.officerId())
			.param("officerName", c.officerName())
			.param("officerAccount", c.officerAccount())
			.param("cert", c.certificateNo())
			.param("caseNumber", c.caseNumber())
			.param("content", c.content())
			.param("contactName", c.contactName())
			.param("contactPhone", c.contactPhone())
			.param("anonymous", c.anonymous())
			.param("queue", c.queue().name())
			.param("status", c.status().name())
			.param("hash", c.queryCodeHash())
			.param("receivedAt", utc(c.receivedAt()))
			.param("receivedOn", c.receivedOn())
			.param("deadline", c.deadline())
			.update();
	}

	Optional<Complaint> byNumber(String number) {
		if (number == null || number.length() > 20) {
			return Optional.empty();
		}
		return this.jdbc.sql("select * from complaints_complaint where number = :n")
			.param("n", number)
			.query((rs, i) -> complaint(rs))
			.optional();
	}

	/** The complaints of the given queues, newest first. */
	List<Complaint> inQueues(List<ComplaintQueue> queues) {
		if (queues.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select * from complaints_complaint where queue in (:q) order by received_at desc")
			.param("q", queues.stream().map(Enum::name).toList())
			.query((rs, i) -> complaint(rs))
			.list();
	}

	void assign(UUID id, String handler, ComplaintStatus status) {
		this.jdbc.sql("update complaints_complaint set handler = :h, status = :s where id = :id")
			.param("h", handler)
			.param("s", status.name())
			.param("id", id)
			.update();
	}

	void status(UUID id, ComplaintStatus status) {
		this.jdbc.sql("update complaints_complaint set status = :s where id = :id")
			.param("s", status.name())
			.param("id", id)
			.update();
	}

	void reply(UUID id, String reply, String by, Instant at, LocalDate on) {
		this.jdbc.sql("""
				update complaints_complaint set reply = :r, replied_by = :by, replied_at = :at, replied_on = :on,
				  status = 'REPLIED' where id = :id
				""").param("r", reply).param("by", by).param("at", utc(at)).param("on", on).param("id", id).update();
	}

	void close(UUID id, Instant at) {
		this.jdbc.sql("update complaints_complaint set status = 'CLOSED', closed_at = :at where id = :id")
			.param("at", utc(at))
			.param("id", id)
			.update();
	}

	void addNote(UUID id, String author, Instant at, String text) {
		this.jdbc.sql("insert into complaints_note (complaint_id, author, at, text) values (:id, :a, :at, :t)")
			.param("id", id)
			.param("a", author)
			.param("at", utc(at))
			.param("t", text)
			.update();
	}

	List<Note> notes(UUID id) {
		return this.jdbc.sql("select author, at, text from complaints_note where complaint_id = :id order by at, id")
			.param("id", id)
			.query((rs, i) -> new Note(rs.getString("author"), instant(rs, "at"), rs.getString("text")))
			.list();
	}

	/** One month of the public statistics, counted in SQL: no content, no names. */
	record MonthRow(String month, String kind, long received, long replied, long onTime, Double averageDays) {
	}

	List<MonthRow> monthly() {
		return this.jdbc.sql("""
				select to_char(received_on, 'YYYY-MM') as month, kind, count(*) as received,
				  count(replied_on) as replied,
				  count(*) filter (where replied_on is not null and replied_on <= deadline) as on_time,
				  avg(replied_on - received_on) filter (where replied_on is not null) as average_days
				from complaints_complaint
				group by 1, 2 order by 1 desc, 2
				""")
			.query((rs, i) -> new MonthRow(rs.getString("month"), rs.getString("kind"), rs.getLong("received"),
					rs.getLong("replied"), rs.getLong("on_time"),
					rs.getObject("average_days") == null ? null : rs.getDouble("average_days")))
			.list();
	}

	private static Complaint complaint(ResultSet rs) throws SQLException {
		return new Complaint(rs.getObject("id", UUID.class), rs.getString("number"),
				ComplaintKind.valueOf(rs.getString("kind")), rs.getString("unit_code"), rs.getString("officer_id"),
				rs.getString("officer_name"), rs.getString("officer_account"), rs.getString("certificate_no"),
				rs.getString("case_number"), rs.getString("content"), rs.getString("contact_name"),
				rs.getString("contact_phone"), rs.getBoolean("anonymous"),
				ComplaintQueue.valueOf(rs.getString("queue")), ComplaintStatus.valueOf(rs.getString("status")),
				rs.getString("query_code_hash"), instant(rs, "received_at"),
				rs.getObject("received_on", LocalDate.class), rs.getObject("deadline", LocalDate.class),
				rs.getString("handler"), rs.getString("reply"), rs.getString("replied_by"), instant(rs, "replied_at"),
				rs.getObject("replied_on", LocalDate.class), instant(rs, "closed_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static OffsetDateTime utc(Instant at) {
		return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

}
