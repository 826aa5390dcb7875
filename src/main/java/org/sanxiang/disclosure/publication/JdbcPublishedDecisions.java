package org.sanxiang.disclosure.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.sanxiang.disclosure.Publication;
import org.sanxiang.disclosure.PublicationQuery;
import org.sanxiang.disclosure.PublicationStatus;
import org.sanxiang.disclosure.PublishedDecisions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side of {@code disclosure_publication} (V25): only rows that are published
 * or withdrawn and still inside their disclosure period (GS-6) on the clock's date.
 */
@Repository
class JdbcPublishedDecisions implements PublishedDecisions {

	static final String COLUMNS = """
			p.id, p.case_id, p.case_number, p.action, p.item_code, p.item_name, p.party_name, p.party_category,
			p.party_credit_code, p.legal_representative, p.document_title, p.document_number, p.licence_category,
			p.certificate_name, p.certificate_number, p.content, p.decided_on, p.valid_from, p.valid_to, p.authority,
			p.authority_code, p.current_status, p.source_unit, p.source_unit_code, p.remarks, p.status, p.due_on,
			p.published_at, p.disclosure_until, p.withdrawn_at, p.withdrawal_reason, p.journal_seq""";

	/** The rows the public may see on day {@code :today}. */
	static final String PUBLIC = "p.status in ('PUBLISHED', 'WITHDRAWN') and (p.disclosure_until is null or p.disclosure_until >= :today)";

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcPublishedDecisions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	@Override
	@Transactional(readOnly = true)
	public Page list(PublicationQuery query) {
		StringBuilder where = new StringBuilder(PUBLIC);
		List<Object[]> params = new ArrayList<>();
		params.add(new Object[] { "today", today() });
		if (query.itemCode() != null && !query.itemCode().isBlank()) {
			where.append(" and p.item_code = :item");
			params.add(new Object[] { "item", query.itemCode() });
		}
		if (query.action() != null && !query.action().isBlank()) {
			where.append(" and p.action = :action");
			params.add(new Object[] { "action", query.action() });
		}
		if (query.from() != null) {
			where.append(" and p.decided_on >= :from");
			params.add(new Object[] { "from", query.from() });
		}
		if (query.to() != null) {
			where.append(" and p.decided_on <= :to");
			params.add(new Object[] { "to", query.to() });
		}
		if (query.currentStatus() != null && !query.currentStatus().isBlank()) {
			where.append(" and p.current_status = :currentStatus");
			params.add(new Object[] { "currentStatus", query.currentStatus() });
		}
		JdbcClient.StatementSpec count = this.jdbc.sql("select count(*) from disclosure_publication p where " + where);
		JdbcClient.StatementSpec page = this.jdbc.sql("select " + COLUMNS + " from disclosure_publication p where "
				+ where + " order by p.decided_on desc, p.id limit :limit offset :offset");
		for (Object[] param : params) {
			count = count.param((String) param[0], param[1]);
			page = page.param((String) param[0], param[1]);
		}
		long total = count.query(Long.class).single();
		List<Publication> items = page.param("limit", query.limit())
			.param("offset", query.offset())
			.query(JdbcPublishedDecisions::map)
			.list();
		return new Page(items, total);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Publication> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from disclosure_publication p where p.id = :id and " + PUBLIC)
			.param("id", id)
			.param("today", today())
			.query(JdbcPublishedDecisions::map)
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public Changes changedSince(Instant since) {
		Instant asOf = this.jdbc.sql("select now()").query(Timestamp.class).single().toInstant();
		if (since == null) {
			return new Changes(List.of(), asOf);
		}
		List<UUID> ids = this.jdbc.sql("select id from disclosure_publication where changed_at > :since")
			.param("since", Timestamp.from(since))
			.query(UUID.class)
			.list();
		return new Changes(ids, asOf);
	}

	@Override
	@Transactional(readOnly = true)
	public void forEachPublic(Consumer<Publication> action) {
		this.jdbc.sql("select " + COLUMNS + " from disclosure_publication p where " + PUBLIC)
			.param("today", today())
			.withFetchSize(1000)
			.query(JdbcPublishedDecisions::map)
			.stream()
			.forEach(action);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Publication> ofCase(UUID caseId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from disclosure_publication p where p.case_id = :case and " + PUBLIC
					+ " order by p.decided_on, p.created_at")
			.param("case", caseId)
			.param("today", today())
			.query(JdbcPublishedDecisions::map)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<HistoryEntry> history(UUID id) {
		return this.jdbc.sql("""
				select h.at, h.change, h.note from disclosure_publication_history h
				join disclosure_publication p on p.id = h.publication_id
				where h.publication_id = :id and h.public and""" + " " + PUBLIC + " order by h.id")
			.param("id", id)
			.param("today", today())
			.query((rs, n) -> new HistoryEntry(rs.getTimestamp("at").toInstant(), rs.getString("change"),
					rs.getString("note")))
			.list();
	}

	static Publication map(ResultSet rs, int row) throws SQLException {
		return new Publication(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
				rs.getString("case_number"), rs.getString("action"), rs.getString("item_code"),
				rs.getString("item_name"), rs.getString("party_name"), rs.getString("party_category"),
				rs.getString("party_credit_code"), rs.getString("legal_representative"), rs.getString("document_title"),
				rs.getString("document_number"), rs.getString("licence_category"), rs.getString("certificate_name"),
				rs.getString("certificate_number"), rs.getString("content"),
				rs.getObject("decided_on", LocalDate.class), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_to", LocalDate.class), rs.getString("authority"), rs.getString("authority_code"),
				rs.getString("current_status"), rs.getString("source_unit"), rs.getString("source_unit_code"),
				rs.getString("remarks"), PublicationStatus.valueOf(rs.getString("status")),
				rs.getObject("due_on", LocalDate.class), instant(rs.getTimestamp("published_at")),
				rs.getObject("disclosure_until", LocalDate.class), instant(rs.getTimestamp("withdrawn_at")),
				rs.getString("withdrawal_reason"), (Long) rs.getObject("journal_seq"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
