package org.sanxiang.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The inspection records in PostgreSQL ({@code inspection_record}), one per assignment;
 * the inspectors present are stored as {@code jsonb}. Writes run in the caller's
 * transaction.
 */
@Repository
class InspectionRecords {

	private static final TypeReference<List<InspectionRecord.Present>> PRESENT = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	InspectionRecords(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Adds the record; false when the assignment already has one. */
	boolean add(InspectionRecord r) {
		return this.jdbc.sql("""
				insert into inspection_record (assignment_id, inspected_on, inspectors, location, findings, result,
				  follow_up, rectify_by, recorded_by, recorded_at)
				values (:id, :on, cast(:inspectors as jsonb), :location, :findings, :result, :followUp, :rectifyBy,
				  :by, :at)
				on conflict (assignment_id) do nothing
				""")
			.param("id", r.assignmentId())
			.param("on", r.inspectedOn())
			.param("inspectors", this.json.writeValueAsString(r.inspectors()))
			.param("location", r.location())
			.param("findings", r.findings())
			.param("result", r.result())
			.param("followUp", r.followUp())
			.param("rectifyBy", r.rectifyBy())
			.param("by", r.recordedBy())
			.param("at", InspectionStore.utc(r.recordedAt()))
			.update() == 1;
	}

	Optional<InspectionRecord> of(UUID assignmentId) {
		return this.jdbc.sql("select * from inspection_record where assignment_id = :id")
			.param("id", assignmentId)
			.query(this::record)
			.optional();
	}

	/** The records of these assignments (those not recorded are left out). */
	List<InspectionRecord> of(List<UUID> assignmentIds) {
		if (assignmentIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select * from inspection_record where assignment_id in (:ids)")
			.param("ids", assignmentIds)
			.query(this::record)
			.list();
	}

	private InspectionRecord record(ResultSet rs, int row) throws SQLException {
		return new InspectionRecord(rs.getObject("assignment_id", UUID.class),
				rs.getObject("inspected_on", LocalDate.class), this.json.readValue(rs.getString("inspectors"), PRESENT),
				rs.getString("location"), rs.getString("findings"), rs.getString("result"), rs.getString("follow_up"),
				rs.getObject("rectify_by", LocalDate.class), rs.getString("recorded_by"),
				InspectionStore.instant(rs, "recorded_at"));
	}

}
