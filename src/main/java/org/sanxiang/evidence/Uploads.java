package org.sanxiang.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Uploads in progress ({@code evidence_upload}); each statement commits on its own. */
@Repository
class Uploads {

	/** An upload in progress: its length, the durable offset and the digests there. */
	record Upload(UUID id, String state, String createdBy, Instant updatedAt, long length, long offset,
			byte[] sha256State, byte[] sm3State, String mediaType, String sha256, String sm3, UploadMetadata metadata) {

		boolean completing() {
			return "COMPLETING".equals(this.state);
		}

	}

	private final JdbcClient jdbc;

	Uploads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, String actor, Instant at, long length, byte[] sha256State, byte[] sm3State, UploadMetadata m) {
		this.jdbc
			.sql("""
					insert into evidence_upload (id, state, created_by, created_at, updated_at, upload_length, upload_offset,
					  sha256_state, sm3_state, case_id, activity, captured_by, device, capture_start, capture_end, location,
					  description, file_name, declared_sha256, declared_sm3)
					values (?, 'RECEIVING', ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, actor, Timestamp.from(at), Timestamp.from(at), length, sha256State, sm3State, m.caseId(),
					m.activity().name(), m.capturedBy(), m.device(), Timestamp.from(m.captureStart()),
					Timestamp.from(m.captureEnd()), m.location(), m.description(), m.fileName(), m.declaredSha256(),
					m.declaredSm3())
			.update();
	}

	Optional<Upload> find(UUID id) {
		return this.jdbc.sql("select * from evidence_upload where id = ?").param(id).query(Uploads::map).optional();
	}

	List<Upload> all() {
		return this.jdbc.sql("select * from evidence_upload").query(Uploads::map).list();
	}

	List<Upload> idleSince(Instant before) {
		return this.jdbc.sql("select * from evidence_upload where state = 'RECEIVING' and updated_at < ?")
			.param(Timestamp.from(before))
			.query(Uploads::map)
			.list();
	}

	/** Records that {@code offset} bytes are durable and the digests after them. */
	void checkpoint(UUID id, long offset, byte[] sha256State, byte[] sm3State, String mediaType, Instant at) {
		this.jdbc.sql("""
				update evidence_upload set upload_offset = ?, sha256_state = ?, sm3_state = ?,
				  media_type = coalesce(media_type, ?), updated_at = ?
				where id = ? and state = 'RECEIVING'""")
			.params(offset, sha256State, sm3State, mediaType, Timestamp.from(at), id)
			.update();
	}

	void completing(UUID id, String sha256, String sm3, Instant at) {
		this.jdbc
			.sql("update evidence_upload set state = 'COMPLETING', sha256 = ?, sm3 = ?, updated_at = ? where id = ?")
			.params(sha256, sm3, Timestamp.from(at), id)
			.update();
	}

	void delete(UUID id) {
		this.jdbc.sql("delete from evidence_upload where id = ?").param(id).update();
	}

	private static Upload map(ResultSet rs, int row) throws SQLException {
		UploadMetadata m = new UploadMetadata(rs.getObject("case_id", UUID.class),
				Activity.valueOf(rs.getString("activity")), rs.getString("captured_by"), rs.getString("device"),
				rs.getTimestamp("capture_start").toInstant(), rs.getTimestamp("capture_end").toInstant(),
				rs.getString("location"), rs.getString("description"), rs.getString("file_name"),
				rs.getString("declared_sha256"), rs.getString("declared_sm3"));
		return new Upload(rs.getObject("id", UUID.class), rs.getString("state"), rs.getString("created_by"),
				rs.getTimestamp("updated_at").toInstant(), rs.getLong("upload_length"), rs.getLong("upload_offset"),
				rs.getBytes("sha256_state"), rs.getBytes("sm3_state"), rs.getString("media_type"),
				rs.getString("sha256"), rs.getString("sm3"), m);
	}

}
