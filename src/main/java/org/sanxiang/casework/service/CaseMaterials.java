package org.sanxiang.casework.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sanxiang.casework.CaseId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The materials received for each case ({@code casework_material}). A row is inserted
 * only after its file is in the blob store, inside the transaction of the command that
 * received it.
 */
@Repository
class CaseMaterials {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	CaseMaterials(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(ReceivedMaterial m) {
		this.jdbc
			.sql("""
					insert into casework_material (id, case_id, material_name, stage, file_name, content_type, size, sha256,
					  sm3, paper, received_at, received_by)
					values (:id, :caseId, :name, :stage, :fileName, :contentType, :size, :sha256, :sm3, :paper, :at, :by)""")
			.param("id", m.id())
			.param("caseId", m.caseId())
			.param("name", m.materialName())
			.param("stage", m.stage().name())
			.param("fileName", m.fileName())
			.param("contentType", m.contentType())
			.param("size", m.size())
			.param("sha256", m.sha256())
			.param("sm3", m.sm3())
			.param("paper", m.paper())
			.param("at", Timestamp.from(m.receivedAt().toInstant()))
			.param("by", m.receivedBy())
			.update();
	}

	/** The case's materials in the order they arrived. */
	List<ReceivedMaterial> of(CaseId id) {
		return this.jdbc.sql("select * from casework_material where case_id = :id order by received_at, file_name, id")
			.param("id", id.value())
			.query(CaseMaterials::material)
			.list();
	}

	Optional<ReceivedMaterial> find(CaseId caseId, UUID id) {
		return this.jdbc.sql("select * from casework_material where case_id = :caseId and id = :id")
			.param("caseId", caseId.value())
			.param("id", id)
			.query(CaseMaterials::material)
			.optional();
	}

	/** The names of the materials received for the case, as a file or on paper. */
	List<String> receivedNames(CaseId id) {
		return this.jdbc.sql("select distinct material_name from casework_material where case_id = :id")
			.param("id", id.value())
			.query(String.class)
			.list();
	}

	private static ReceivedMaterial material(ResultSet rs, int row) throws SQLException {
		long size = rs.getLong("size");
		Long sizeOrNull = rs.wasNull() ? null : size;
		return new ReceivedMaterial(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
				rs.getString("material_name"), ReceivedMaterial.Stage.valueOf(rs.getString("stage")),
				rs.getString("file_name"), rs.getString("content_type"), sizeOrNull, rs.getString("sha256"),
				rs.getString("sm3"), rs.getBoolean("paper"),
				rs.getTimestamp("received_at").toInstant().atZone(CHINA).toOffsetDateTime(),
				rs.getString("received_by"));
	}

}
