package org.sanxiang.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sanxiang.platform.BlobStore;
import org.sanxiang.platform.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issued documents and the number register on PostgreSQL ({@code documents_document},
 * {@code documents_number}; V20). A document row and its register row are written
 * together in the issuing transaction; afterwards only the status moves, and a void is
 * recorded once (the tables' triggers refuse anything else).
 */
@Repository
class JdbcIssuedDocuments implements IssuedDocuments {

	private static final String COLUMNS = """
			d.id, d.case_id, d.number, d.template_code, d.template_version, d.title, d.issuer, d.issued_on,
			d.issued_at, d.issued_by, d.sm3, d.pages, d.status, d.status_reason""";

	private final JdbcClient jdbc;

	private final DocumentFiles files;

	JdbcIssuedDocuments(JdbcClient jdbc, DocumentFiles files) {
		this.jdbc = jdbc;
		this.files = files;
	}

	/**
	 * What the public verification page shows of a document: no personal data beyond the
	 * party's name.
	 *
	 * @param statusChangedOn when the status last changed, or {@code null}
	 */
	record PublicDocument(String number, String title, String issuer, String party, LocalDate issuedOn, String sm3,
			String status, String statusReason, Instant statusChangedOn) {
	}

	/**
	 * One series of the register.
	 *
	 * @param last the last number taken
	 * @param voided how many of its numbers are voided
	 */
	record Series(String agencyCode, String series, int year, int last, int voided) {
	}

	/** One number of the register with its document. */
	record Registered(int sequence, String number, UUID documentId, UUID caseId, String title, LocalDate issuedOn,
			Instant allocatedAt, String allocatedBy, String status, String statusReason, Instant voidedAt,
			String voidedBy, String voidReason) {
	}

	@Override
	@Transactional(readOnly = true)
	public List<IssuedDocument> ofCase(UUID caseId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from documents_document d where d.case_id = ? order by d.issued_at, d.number")
			.param(caseId)
			.query(JdbcIssuedDocuments::map)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<IssuedDocument> byNumber(String number) {
		if (number == null) {
			return Optional.empty();
		}
		return this.jdbc.sql("select " + COLUMNS + " from documents_document d where d.number = ?")
			.param(number.strip())
			.query(JdbcIssuedDocuments::map)
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] pdf(UUID documentId) {
		String key = this.jdbc.sql("select blob_key from documents_document where id = ?")
			.param(documentId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFound("未找到该文书"));
		return this.files.read(key);
	}

	/** Whether any document was ever issued. */
	@Transactional(readOnly = true)
	boolean any() {
		return this.jdbc.sql("select exists (select 1 from documents_document)").query(Boolean.class).single();
	}

	@Transactional(readOnly = true)
	Optional<IssuedDocument> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from documents_document d where d.id = ?")
			.param(id)
			.query(JdbcIssuedDocuments::map)
			.optional();
	}

	/**
	 * Stores a document as issued with its register entry, in the caller's transaction
	 * (the one holding its number).
	 */
	void insert(IssuedDocument d, String agencyCode, DocumentNumber number, String party, BlobStore.Blob blob) {
		this.jdbc.sql("""
				insert into documents_document (id, case_id, number, template_code, template_version, title, issuer,
				    party, issued_on, issued_at, issued_by, sm3, blob_key, size, pages, status)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(d.id(), d.caseId(), d.number(), d.templateCode(), d.templateVersion(), d.title(), d.issuer(), party,
					d.issuedOn(), Timestamp.from(d.issuedAt()), d.issuedBy(), d.sm3(), blob.key(), blob.size(),
					d.pages(), d.status())
			.update();
		this.jdbc.sql("""
				insert into documents_number (agency_code, series, year, sequence, number, document_id, allocated_at,
				    allocated_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(agencyCode, number.series(), number.year(), number.sequence(), number.text(), d.id(),
					Timestamp.from(d.issuedAt()), d.issuedBy())
			.update();
	}

	/**
	 * Moves a document from one status to another; false when it is not in {@code from}
	 * (already moved: a repeated event changes nothing).
	 */
	boolean changeStatus(UUID id, DocumentStatus from, DocumentStatus to, String reason, String actor, Instant at) {
		return this.jdbc
			.sql("""
					update documents_document set status = ?, status_reason = ?, status_changed_at = ?, status_changed_by = ?
					where id = ? and status = ?""")
			.params(to.label(), reason, Timestamp.from(at), actor, id, from.label())
			.update() == 1;
	}

	/** Records in the register that the document's number is voided, and why. */
	void voidNumber(UUID documentId, String reason, String actor, Instant at) {
		this.jdbc.sql("""
				update documents_number set voided_at = ?, voided_by = ?, void_reason = ?
				where document_id = ? and voided_at is null""")
			.params(Timestamp.from(at), actor, reason, documentId)
			.update();
	}

	@Transactional(readOnly = true)
	Optional<PublicDocument> publicView(String number) {
		return this.jdbc.sql("""
				select number, title, issuer, party, issued_on, sm3, status, status_reason, status_changed_at
				from documents_document where number = ?""")
			.param(number)
			.query((rs, n) -> new PublicDocument(rs.getString("number"), rs.getString("title"), rs.getString("issuer"),
					rs.getString("party"), rs.getObject("issued_on", LocalDate.class), rs.getString("sm3"),
					rs.getString("status"), rs.getString("status_reason"), instant(rs, "status_changed_at")))
			.optional();
	}

	/** Every series of the register, newest year first. */
	@Transactional(readOnly = true)
	List<Series> series() {
		return this.jdbc.sql("""
				select s.agency_code, s.series, s.year, s.last_sequence,
				    (select count(*) from documents_number n where n.agency_code = s.agency_code and n.series = s.series
				        and n.year = s.year and n.voided_at is not null) as voided
				from documents_series s order by s.year desc, s.agency_code, s.series""")
			.query((rs, n) -> new Series(rs.getString("agency_code"), rs.getString("series"), rs.getInt("year"),
					rs.getInt("last_sequence"), rs.getInt("voided")))
			.list();
	}

	/** Every number of one series, in order, with its document and any void. */
	@Transactional(readOnly = true)
	List<Registered> register(String agencyCode, String series, int year) {
		return this.jdbc
			.sql("""
					select n.sequence, n.number, n.document_id, d.case_id, d.title, d.issued_on, n.allocated_at, n.allocated_by,
					    d.status, d.status_reason, n.voided_at, n.voided_by, n.void_reason
					from documents_number n join documents_document d on d.id = n.document_id
					where n.agency_code = ? and n.series = ? and n.year = ? order by n.sequence""")
			.params(agencyCode, series, year)
			.query((rs, n) -> new Registered(rs.getInt("sequence"), rs.getString("number"),
					rs.getObject("document_id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("title"),
					rs.getObject("issued_on", LocalDate.class), instant(rs, "allocated_at"),
					rs.getString("allocated_by"), rs.getString("status"), rs.getString("status_reason"),
					instant(rs, "voided_at"), rs.getString("voided_by"), rs.getString("void_reason")))
			.list();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static IssuedDocument map(ResultSet rs, int row) throws SQLException {
		return new IssuedDocument(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
				rs.getString("number"), rs.getString("template_code"), rs.getInt("template_version"),
				rs.getString("title"), rs.getString("issuer"), rs.getObject("issued_on", LocalDate.class),
				rs.getTimestamp("issued_at").toInstant(), rs.getString("issued_by"), rs.getString("sm3"),
				rs.getInt("pages"), rs.getString("status"), rs.getString("status_reason"));
	}

}
