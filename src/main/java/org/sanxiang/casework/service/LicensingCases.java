package org.sanxiang.casework.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.casework.CaseEvent;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.licensing.LicensingCase;
import org.sanxiang.casework.licensing.LicensingState;
import org.sanxiang.platform.InputRejected;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The licensing cases on PostgreSQL: the core's case as JSON beside the columns searched
 * on (state, dates, whether it is marked for full recording, JL-4), and every event in
 * {@code casework_event}. Writes are optimistic: an update names the revision it read,
 * and a case someone else changed in between is a 409.
 */
@Repository
class LicensingCases {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	LicensingCases(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = CaseworkJson.of(json);
		this.clock = clock;
	}

	/**
	 * The next number of the year: {@code XK-20261125-0001}, counted per year, unique.
	 */
	String nextNumber(LocalDate day) {
		int next = this.jdbc
			.sql("insert into casework_number (year, last) values (:year, 1) "
					+ "on conflict (year) do update set last = casework_number.last + 1 returning last")
			.param("year", day.getYear())
			.query(Integer.class)
			.single();
		return String.format("XK-%04d%02d%02d-%04d", day.getYear(), day.getMonthValue(), day.getDayOfMonth(), next);
	}

	void add(StoredCase stored, String queryCodeHash) {
		LicensingCase c = stored.licensingCase();
		Applicant a = stored.applicant();
		this.jdbc.sql("""
				insert into casework_case (id, number, query_code_hash, item_code, item_version, applicant_kind,
				  applicant_name, applicant_id_number, applicant_credit_code, contact_name, contact_phone,
				  contact_address, applicant_legal_representative, state, received_on, revision, content,
				  full_recording, created_at, updated_at)
				values (:id, :number, :hash, :itemCode, :itemVersion, :kind, :name, :idNumber, :creditCode,
				  :contactName, :contactPhone, :contactAddress, :legalRepresentative, :state, :receivedOn, :revision,
				  cast(:content as jsonb), :fullRecording, :now, :now)""")
			.param("id", c.id().value())
			.param("number", stored.number())
			.param("hash", queryCodeHash)
			.param("itemCode", c.item().content().code())
			.param("itemVersion", c.item().version())
			.param("kind", a.kind().name())
			.param("name", a.name())
			.param("idNumber", a.idNumber())
			.param("creditCode", a.creditCode())
			.param("contactName", a.contactName())
			.param("contactPhone", a.contactPhone())
			.param("contactAddress", a.contactAddress())
			.param("legalRepresentative", a.legalRepresentative())
			.param("state", stateName(c))
			.param("receivedOn", c.deadlines().receivedOn())
			.param("revision", c.revision())
			.param("content", this.json.writeValueAsString(c))
			.param("fullRecording", c.fullRecording() != null)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	/**
	 * Stores the case moved from {@code expectedRevision}; 409 when the stored case is no
	 * longer at that revision.
	 */
	void update(LicensingCase next, int expectedRevision) {
		int rows = this.jdbc.sql("""
				update casework_case set state = :state, received_on = :receivedOn, revision = :revision,
				  content = cast(:content as jsonb), full_recording = :fullRecording, retain_until = :retainUntil,
				  updated_at = :now
				where id = :id and revision = :expected""")
			.param("state", stateName(next))
			.param("retainUntil",
					next.state() instanceof LicensingState.Archived archived ? archived.retainUntil() : null)
			.param("receivedOn", next.deadlines().receivedOn())
			.param("revision", next.revision())
			.param("content", this.json.writeValueAsString(next))
			.param("fullRecording", next.fullRecording() != null)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", next.id().value())
			.param("expected", expectedRevision)
			.update();
		if (rows == 0) {
			throw InputRejected.conflict("revision", "案件已被他人修改，请刷新后重试");
		}
	}

	/** Records the event the transition to {@code revision} raised. */
	void record(CaseEvent event, int revision) {
		this.jdbc.sql("""
				insert into casework_event (case_id, seq, type, payload, actor, at)
				values (:caseId, :seq, :type, cast(:payload as jsonb), :actor, :at)""")
			.param("caseId", event.caseId().value())
			.param("seq", revision)
			.param("type", event.getClass().getSimpleName())
			.param("payload", this.json.writeValueAsString(event))
			.param("actor", event.recorded().actor().account())
			.param("at", Timestamp.from(event.recorded().at()))
			.update();
	}

	Optional<StoredCase> find(CaseId id) {
		return this.jdbc.sql("select * from casework_case where id = :id")
			.param("id", id.value())
			.query(this::stored)
			.optional();
	}

	/** The case with that number and the hash of its query code. */
	Optional<Located> findByNumber(String number) {
		return this.jdbc.sql("select * from casework_case where number = :number")
			.param("number", number)
			.query((rs, n) -> new Located(stored(rs, n), rs.getString("query_code_hash")))
			.optional();
	}

	/** Ids of cases in a state (the record name, e.g. {@code Received}). */
	List<CaseId> idsInState(String state) {
		return this.jdbc.sql("select id from casework_case where state = :state order by received_on, number")
			.param("state", state)
			.query((rs, n) -> new CaseId(rs.getObject("id", UUID.class)))
			.list();
	}

	/** Ids of cases with a 准予 or 不予许可 decision, oldest decision first. */
	List<CaseId> idsDecided() {
		return this.jdbc.sql("""
				select case_id from casework_event where type = 'CaseDecided'
				order by at, case_id""").query((rs, n) -> new CaseId(rs.getObject("case_id", UUID.class))).list();
	}

	/**
	 * Ids of cases whose licence has a renewal application awaiting the agency's decision
	 * (行政许可法 第五十条, XK-50), soonest expiry first.
	 */
	List<CaseId> idsAwaitingRenewalDecision() {
		return this.jdbc.sql("""
				select id from casework_case where jsonb_typeof(content -> 'renewal') = 'object'
				order by content -> 'licence' ->> 'validTo', number""")
			.query((rs, n) -> new CaseId(rs.getObject("id", UUID.class)))
			.list();
	}

	/**
	 * The console's work lists in one query: every open case, and the {@code recent}
	 * newest cases whatever their state, each with whether an officer has recorded an
	 * opinion on it (a 负责人's decision is then pending), newest receipt first.
	 */
	List<WorkItem> workList(int recent) {
		return this.jdbc.sql("""
				select c.*, c.state <> 'Archived' as open_case,
				  exists (select 1 from casework_event e where e.case_id = c.id and e.type = 'OpinionRecorded')
				    as opinion_recorded
				from casework_case c
				where c.state <> 'Archived'
				  or c.id in (select r.id from casework_case r order by r.received_on desc, r.number desc limit :recent)
				order by c.received_on desc, c.number desc""")
			.param("recent", recent)
			.query((rs, n) -> new WorkItem(stored(rs, n), rs.getBoolean("open_case"),
					rs.getBoolean("opinion_recorded")))
			.list();
	}

	/**
	 * Whether the case is archived, holding a share lock on its row until the caller's
	 * transaction ends: the case cannot be archived in between, and a case being archived
	 * is answered once that commits. {@code false} for an unknown case.
	 */
	boolean archivedLocking(UUID id) {
		return this.jdbc.sql("select state from casework_case where id = :id for share")
			.param("id", id)
			.query(String.class)
			.optional()
			.map(LicensingState.Archived.class.getSimpleName()::equals)
			.orElse(false);
	}

	/** Whether any case exists (the demo cases are made only into an empty table). */
	boolean any() {
		return this.jdbc.sql("select exists (select 1 from casework_case)").query(Boolean.class).single();
	}

	/** The timeline of a case, oldest first. */
	List<TimelineEntry> timeline(CaseId id) {
		return this.jdbc
			.sql("select seq, type, actor, at, payload::text as payload from casework_event "
					+ "where case_id = :id order by seq")
			.param("id", id.value())
			.query((rs, n) -> new TimelineEntry(rs.getInt("seq"), rs.getString("type"), rs.getString("actor"),
					rs.getTimestamp("at").toInstant().atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime(),
					this.json.readTree(rs.getString("payload")).path("recorded").path("reason").asString()))
			.list();
	}

	/**
	 * Every event of the case as the record it was stored from, oldest first (for
	 * {@link org.sanxiang.casework.CaseFacts}).
	 */
	List<CaseEvent> events(CaseId id) {
		return this.jdbc
			.sql("select type, payload::text as payload from casework_event where case_id = :id order by seq")
			.param("id", id.value())
			.query((rs, n) -> (CaseEvent) this.json.readValue(rs.getString("payload"), eventType(rs.getString("type"))))
			.list();
	}

	private static Class<?> eventType(String type) {
		for (Class<?> permitted : CaseEvent.class.getPermittedSubclasses()) {
			if (permitted.getSimpleName().equals(type)) {
				return permitted;
			}
		}
		throw new IllegalStateException("unknown case event type " + type);
	}

	static String stateName(LicensingCase c) {
		return c.state().getClass().getSimpleName();
	}

	private StoredCase stored(ResultSet rs, int row) throws SQLException {
		Applicant applicant = new Applicant(Applicant.ApplicantKind.valueOf(rs.getString("applicant_kind")),
				rs.getString("applicant_name"), rs.getString("applicant_id_number"),
				rs.getString("applicant_credit_code"), rs.getString("contact_name"), rs.getString("contact_phone"),
				rs.getString("contact_address"), rs.getString("applicant_legal_representative"));
		LicensingCase c = this.json.readValue(rs.getString("content"), LicensingCase.class);
		return new StoredCase(rs.getString("number"), applicant, c);
	}

	record Located(StoredCase stored, String queryCodeHash) {
	}

	/** A case on the work lists: open or not, and whether an opinion was recorded. */
	record WorkItem(StoredCase stored, boolean open, boolean opinionRecorded) {
	}

	/** One event on the case's timeline: what, who, when, why. */
	record TimelineEntry(int seq, String type, String actor, java.time.OffsetDateTime at, String reason) {
	}

}
