package org.sanxiang.disclosure.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sanxiang.disclosure.Publication;
import org.sanxiang.disclosure.PublicationStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The staff side of {@code disclosure_publication} (V25, V28): every row whatever its
 * status, and the writes of the pipeline. Callers hold the transaction.
 */
@Repository
class JdbcPublications {

	static final String COLUMNS = JdbcPublishedDecisions.COLUMNS
			+ ", p.source, p.document_template, p.published_by, p.held_back_reason, p.withdrawal_pending, p.withdrawal_due_on";

	private final JdbcClient jdbc;

	JdbcPublications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<PublicationRecord> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from disclosure_publication p where p.id = :id")
			.param("id", id)
			.query(JdbcPublications::map)
			.optional();
	}

	/** The row, locked for the rest of the transaction. */
	Optional<PublicationRecord> lock(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from disclosure_publication p where p.id = :id for update")
			.param("id", id)
			.query(JdbcPublications::map)
			.optional();
	}

	Optional<PublicationRecord> bySource(UUID caseId, String source) {
		return this.jdbc
			.sql("select " + COLUMNS + " from disclosure_publication p where p.case_id = :case and p.source = :source")
			.param("case", caseId)
			.param("source", source)
			.query(JdbcPublications::map)
			.optional();
	}

	/** Every publication of a case, oldest first, locked. */
	List<PublicationRecord> ofCaseLocked(UUID caseId) {
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from disclosure_publication p where p.case_id = :case order by p.created_at, p.id for update")
			.param("case", caseId)
			.query(JdbcPublications::map)
			.list();
	}

	List<PublicationRecord> ofCase(UUID caseId) {
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from disclosure_publication p where p.case_id = :case order by p.created_at, p.id")
			.param("case", caseId)
			.query(JdbcPublications::map)
			.list();
	}

	/** Rows in these states, oldest due date first. */
	List<PublicationRecord> withStatus(List<PublicationStatus> statuses, int limit) {
		return this.jdbc.sql("select " + COLUMNS
				+ " from disclosure_publication p where p.status in (:statuses) order by p.due_on, p.decided_on, p.id limit :limit")
			.param("statuses", statuses.stream().map(Enum::name).toList())
			.param("limit", limit)
			.query(JdbcPublications::map)
			.list();
	}

	/** Public rows, newest decision first. */
	List<PublicationRecord> latest(PublicationStatus status, int limit) {
		return this.jdbc.sql("select " + COLUMNS
				+ " from disclosure_publication p where p.status = :status order by p.decided_on desc, p.id limit :limit")
			.param("status", status.name())
			.param("limit", limit)
			.query(JdbcPublications::map)
			.list();
	}

	/** Rows with a withdrawal still to do, oldest due date first. */
	List<PublicationRecord> withdrawalsPending(int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from disclosure_publication p where p.withdrawal_pending is not null"
					+ " order by p.withdrawal_due_on, p.id limit :limit")
			.param("limit", limit)
			.query(JdbcPublications::map)
			.list();
	}

	/**
	 * Inserts a new row unless the case already has one from this source; whether it did.
	 */
	boolean insert(PublicationRecord r, Instant createdAt) {
		Publication p = r.publication();
		return this.jdbc.sql("""
				insert into disclosure_publication (id, case_id, case_number, source, action, item_code, item_name,
				  party_name, party_category, party_credit_code, legal_representative, document_title, document_number,
				  document_template, licence_category, certificate_name, certificate_number, content, decided_on,
				  valid_from, valid_to, authority, authority_code, current_status, source_unit, source_unit_code,
				  remarks, status, due_on, held_back_reason, held_back_by, held_back_at, created_at)
				values (:id, :caseId, :caseNumber, :source, :action, :itemCode, :itemName, :partyName, :partyCategory,
				  :partyCreditCode, :legalRepresentative, :documentTitle, :documentNumber, :documentTemplate,
				  :licenceCategory, :certificateName, :certificateNumber, :content, :decidedOn, :validFrom, :validTo,
				  :authority, :authorityCode, :currentStatus, :sourceUnit, :sourceUnitCode, :remarks, :status, :dueOn,
				  :heldBackReason, :heldBackBy, :heldBackAt, :createdAt)
				on conflict (case_id, source) do nothing""")
			.param("id", p.id())
			.param("caseId", p.caseId())
			.param("caseNumber", p.caseNumber())
			.param("source", r.source())
			.param("action", p.action())
			.param("itemCode", p.itemCode())
			.param("itemName", p.itemName())
			.param("partyName", p.partyName())
			.param("partyCategory", p.partyCategory())
			.param("partyCreditCode", p.partyCreditCode())
			.param("legalRepresentative", p.legalRepresentative())
			.param("documentTitle", p.documentTitle())
			.param("documentNumber", p.documentNumber())
			.param("documentTemplate", r.documentTemplate())
			.param("licenceCategory", p.licenceCategory())
			.param("certificateName", p.certificateName())
			.param("certificateNumber", p.certificateNumber())
			.param("content", p.content())
			.param("decidedOn", p.decidedOn())
			.param("validFrom", p.validFrom())
			.param("validTo", p.validTo())
			.param("authority", p.authority())
			.param("authorityCode", p.authorityCode())
			.param("currentStatus", p.currentStatus())
			.param("sourceUnit", p.sourceUnit())
			.param("sourceUnitCode", p.sourceUnitCode())
			.param("remarks", p.remarks())
			.param("status", p.status().name())
			.param("dueOn", p.dueOn())
			.param("heldBackReason", r.heldBackReason())
			.param("heldBackBy", r.heldBackReason() == null ? null : "system")
			.param("heldBackAt", r.heldBackReason() == null ? null : Timestamp.from(createdAt))
			.param("createdAt", Timestamp.from(createdAt))
			.update() == 1;
	}

	void document(UUID id, String title, String number, PublicationStatus status) {
		// a publication that names its decision document as 许可证书名称 follows the title
		this.jdbc.sql("""
				update disclosure_publication set document_title = :title, document_number = :number, status = :status,
				  certificate_name = case when certificate_name is null then null else :title end where id = :id""")
			.param("id", id)
			.param("title", title)
			.param("number", number)
			.param("status", status.name())
			.update();
	}

	void published(UUID id, Instant at, String by, LocalDate disclosureUntil) {
		this.jdbc.sql("""
				update disclosure_publication set status = 'PUBLISHED', published_at = :at, published_by = :by,
				  disclosure_until = :until where id = :id""")
			.param("id", id)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("until", disclosureUntil)
			.update();
	}

	void journalSeq(UUID id, long seq) {
		this.jdbc.sql("update disclosure_publication set journal_seq = :seq where id = :id")
			.param("id", id)
			.param("seq", seq)
			.update();
	}

	void corrected(UUID id, String currentStatus, LocalDate validTo, String remarks, LocalDate disclosureUntil) {
		this.jdbc.sql("""
				update disclosure_publication set current_status = :status, valid_to = :validTo, remarks = :remarks,
				  disclosure_until = :until where id = :id""")
			.param("id", id)
			.param("status", currentStatus)
			.param("validTo", validTo)
			.param("remarks", remarks)
			.param("until", disclosureUntil)
			.update();
	}

	void withdrawalPending(UUID id, String explanation, LocalDate dueOn) {
		this.jdbc.sql("""
				update disclosure_publication set withdrawal_pending = :explanation, withdrawal_due_on = :due,
				  current_status = '无效' where id = :id""")
			.param("id", id)
			.param("explanation", explanation)
			.param("due", dueOn)
			.update();
	}

	void withdrawn(UUID id, Instant at, String by, String reason, LocalDate disclosureUntil) {
		this.jdbc.sql("""
				update disclosure_publication set status = 'WITHDRAWN', withdrawn_at = :at, withdrawn_by = :by,
				  withdrawal_reason = :reason, withdrawal_pending = null, current_status = '无效',
				  disclosure_until = :until where id = :id""")
			.param("id", id)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("reason", reason)
			.param("until", disclosureUntil)
			.update();
	}

	void heldBack(UUID id, Instant at, String by, String reason) {
		this.jdbc.sql("""
				update disclosure_publication set status = 'HELD_BACK', held_back_reason = :reason, held_back_by = :by,
				  held_back_at = :at where id = :id""")
			.param("id", id)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("reason", reason)
			.update();
	}

	/** Appends a row to the notice's history; {@code visible}: shown to the public. */
	void history(UUID id, Instant at, String actor, String change, String note, boolean visible) {
		this.jdbc.sql("""
				insert into disclosure_publication_history (publication_id, at, actor, change, note, public)
				values (:id, :at, :actor, :change, :note, :public)""")
			.param("id", id)
			.param("at", Timestamp.from(at))
			.param("actor", actor)
			.param("change", change)
			.param("note", note)
			.param("public", visible)
			.update();
	}

	/** One row of a notice's full history, as staff see it. */
	record HistoryRow(Instant at, String actor, String change, String note, boolean visible) {
	}

	List<HistoryRow> history(UUID id) {
		return this.jdbc.sql(
				"select at, actor, change, note, public from disclosure_publication_history where publication_id = :id order by id")
			.param("id", id)
			.query((rs, n) -> new HistoryRow(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getBoolean(5)))
			.list();
	}

	/** The agencies (by credit code) with complete publications or withdrawals to do. */
	List<String> agenciesWithWork() {
		return this.jdbc.sql("""
				select distinct authority_code from disclosure_publication
				where status = 'AWAITING_APPROVAL' or (withdrawal_pending is not null and status = 'PUBLISHED')""")
			.query(String.class)
			.list();
	}

	List<UUID> awaitingApproval(String agencyCode) {
		return this.jdbc.sql(
				"select id from disclosure_publication where status = 'AWAITING_APPROVAL' and authority_code = :code order by due_on")
			.param("code", agencyCode)
			.query(UUID.class)
			.list();
	}

	List<UUID> withdrawable(String agencyCode) {
		return this.jdbc.sql("""
				select id from disclosure_publication where withdrawal_pending is not null and status = 'PUBLISHED'
				  and authority_code = :code order by withdrawal_due_on""")
			.param("code", agencyCode)
			.query(UUID.class)
			.list();
	}

	static PublicationRecord map(ResultSet rs, int row) throws SQLException {
		return new PublicationRecord(JdbcPublishedDecisions.map(rs, row), rs.getString("source"),
				rs.getString("document_template"), rs.getString("published_by"), rs.getString("held_back_reason"),
				rs.getString("withdrawal_pending"), rs.getObject("withdrawal_due_on", LocalDate.class));
	}

}
