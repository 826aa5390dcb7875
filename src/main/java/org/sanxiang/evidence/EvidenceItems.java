package org.sanxiang.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.sanxiang.platform.BlobReferences;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Evidence rows ({@code evidence_item}), tombstones included. */
@Repository
class EvidenceItems {

	private final JdbcClient jdbc;

	private final List<BlobReferences> references;

	EvidenceItems(JdbcClient jdbc, List<BlobReferences> references) {
		this.jdbc = jdbc;
		this.references = references;
	}

	void insert(EvidenceItem i) {
		this.jdbc
			.sql("""
					insert into evidence_item (id, case_id, activity, captured_by, device, capture_start, capture_end, location,
					  description, file_name, media_type, size, sha256, sm3, blob_key, retention_end, uploaded_by, uploaded_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(i.id(), i.caseId(), i.activity().name(), i.capturedBy(), i.device(),
					Timestamp.from(i.captureStart()), Timestamp.from(i.captureEnd()), i.location(), i.description(),
					i.fileName(), i.mediaType(), i.size(), i.sha256(), i.sm3(), i.sha256(), i.retentionEnd(),
					i.uploadedBy(), Timestamp.from(i.uploadedAt()))
			.update();
	}

	Optional<EvidenceItem> find(UUID id) {
		return this.jdbc.sql("select * from evidence_item where id = ?").param(id).query(EvidenceItems::map).optional();
	}

	Optional<EvidenceItem> findForUpdate(UUID id) {
		return this.jdbc.sql("select * from evidence_item where id = ? for update")
			.param(id)
			.query(EvidenceItems::map)
			.optional();
	}

	/** The case's items, tombstones included, in capture order. */
	List<EvidenceItem> ofCase(UUID caseId) {
		return this.jdbc.sql("select * from evidence_item where case_id = ? order by capture_start, uploaded_at")
			.param(caseId)
			.query(EvidenceItems::map)
			.list();
	}

	List<EvidenceItem> latest(int limit) {
		return this.jdbc.sql("select * from evidence_item order by uploaded_at desc limit ?")
			.param(limit)
			.query(EvidenceItems::map)
			.list();
	}

	/** Items whose content is still stored, for verification. */
	List<EvidenceItem> stored() {
		return this.jdbc.sql("select * from evidence_item where blob_key is not null order by uploaded_at, id")
			.query(EvidenceItems::map)
			.list();
	}

	/**
	 * Raises the retention end of the case's items (tombstones left alone) to at least
	 * {@code until}; how many were raised.
	 */
	int retainUntil(UUID caseId, java.time.LocalDate until) {
		return this.jdbc
			.sql("update evidence_item set retention_end = ? "
					+ "where case_id = ? and retention_end < ? and deleted_at is null")
			.params(until, caseId, until)
			.update();
	}

	void tombstone(UUID id, Instant at, String by) {
		this.jdbc.sql("update evidence_item set blob_key = null, deleted_at = ?, deleted_by = ? where id = ?")
			.params(Timestamp.from(at), by, id)
			.update();
	}

	/**
	 * Serialises the decisions about one stored file (keep it, delete it, count on it)
	 * until the transaction ends.
	 */
	/**
	 * Removes the stored file under {@code key} when no record names it any more. Call
	 * inside a transaction: the file's lock is held until it ends, so a completing upload
	 * of the same content cannot slip in between the count and the removal. Answers
	 * whether it was removed.
	 */
	boolean removeIfUnreferenced(String key, org.sanxiang.platform.BlobStore blobs) {
		lockBlob(key);
		if (references(key) > 0) {
			return false;
		}
		try {
			blobs.delete(key);
			return true;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	void lockBlob(String key) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
			.param("blob:" + key)
			.query((rs, n) -> 1)
			.list();
	}

	/**
	 * How many modules' records still name the stored file: evidence rows, application
	 * materials, window photos — every {@link BlobReferences} of the application.
	 */
	long references(String key) {
		return this.references.stream().filter((r) -> r.named(List.of(key)).contains(key)).count();
	}

	/** Those of {@code keys} that no module's records name. */
	List<String> unreferenced(List<String> keys) {
		if (keys.isEmpty()) {
			return List.of();
		}
		Set<String> named = new HashSet<>();
		for (BlobReferences r : this.references) {
			named.addAll(r.named(keys));
		}
		return keys.stream().filter((k) -> !named.contains(k)).toList();
	}

	private static EvidenceItem map(ResultSet rs, int row) throws SQLException {
		Timestamp deleted = rs.getTimestamp("deleted_at");
		return new EvidenceItem(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
				Activity.valueOf(rs.getString("activity")), rs.getString("captured_by"), rs.getString("device"),
				rs.getTimestamp("capture_start").toInstant(), rs.getTimestamp("capture_end").toInstant(),
				rs.getString("location"), rs.getString("description"), rs.getString("file_name"),
				rs.getString("media_type"), rs.getLong("size"), rs.getString("sha256"), rs.getString("sm3"),
				rs.getObject("retention_end", java.time.LocalDate.class), rs.getString("uploaded_by"),
				rs.getTimestamp("uploaded_at").toInstant(), deleted == null ? null : deleted.toInstant());
	}

}
