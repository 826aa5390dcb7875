package org.sanxiang.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.sanxiang.inspection.InspectionStore.instant;
import static org.sanxiang.inspection.InspectionStore.utc;

/**
 * The published results of inspections and their public history in PostgreSQL; every
 * write runs in the caller's transaction.
 */
@Repository
class ResultPublications {

	private static final TypeReference<List<ResultPublication.NamedItem>> ITEMS = new TypeReference<>() {
	};

	private static final TypeReference<List<ResultPublication.NamedOfficer>> OFFICERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ResultPublications(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * An inspection record as the publication reads it (the record itself belongs to the
	 * execution of inspections).
	 */
	record Recorded(UUID assignmentId, LocalDate inspectedOn, String findings, String result, String followUp,
			LocalDate rectifyBy) {
	}

	Optional<Recorded> record(UUID assignmentId) {
		return this.jdbc.sql("select * from inspection_record where assignment_id = :id")
			.param("id", assignmentId)
			.query((rs, row) -> new Recorded(rs.getObject("assignment_id", UUID.class),
					rs.getObject("inspected_on", LocalDate.class), rs.getString("findings"), rs.getString("result"),
					rs.getString("follow_up"), rs.getObject("rectify_by", LocalDate.class)))
			.optional();
	}

	/**
	 * A recorded inspection whose result is not public yet.
	 *
	 * @param dueOn the stored due day, or {@code null} when no publication was made yet
	 */
	record Unpublished(UUID assignmentId, String planNumber, String creditCode, String targetName,
			LocalDate inspectedOn, Instant recordedAt, LocalDate dueOn) {
	}

	/** Recorded inspections without a published result, oldest inspection first. */
	List<Unpublished> unpublished() {
		return this.jdbc
			.sql("""
					select r.assignment_id, p.number, a.credit_code, a.target_name, r.inspected_on, r.recorded_at, pub.due_on
					from inspection_record r
					join inspection_assignment a on a.id = r.assignment_id
					join inspection_plan p on p.id = a.plan_id
					left join inspection_publication pub on pub.assignment_id = r.assignment_id
					where pub.published_at is null
					order by r.inspected_on, p.number, a.position
					""")
			.query((rs, row) -> new Unpublished(rs.getObject("assignment_id", UUID.class), rs.getString("number"),
					rs.getString("credit_code"), rs.getString("target_name"),
					rs.getObject("inspected_on", LocalDate.class), instant(rs, "recorded_at"),
					rs.getObject("due_on", LocalDate.class)))
			.list();
	}

	void add(ResultPublication p) {
		this.jdbc
			.sql("""
					insert into inspection_publication (assignment_id, plan_id, plan_number, agency_code, credit_code,
					  target_name, target_category, legal_representative, items, inspectors, inspected_on, result, findings,
					  follow_up, rectify_by, due_on, created_at, published_at, published_by)
					values (:id, :plan, :number, :agency, :code, :name, :category, :rep, cast(:items as jsonb),
					  cast(:inspectors as jsonb), :inspectedOn, :result, :findings, :followUp, :rectifyBy, :dueOn, :createdAt,
					  :publishedAt, :publishedBy)
					""")
			.param("id", p.assignmentId())
			.param("plan", p.planId())
			.param("number", p.planNumber())
			.param("agency", p.agencyCode())
			.param("code", p.creditCode())
			.param("name", p.targetName())
			.param("category", p.targetCategory())
			.param("rep", p.legalRepresentative())
			.param("items", this.json.writeValueAsString(p.items()))
			.param("inspectors", this.json.writeValueAsString(p.inspectors()))
			.param("inspectedOn", p.inspectedOn())
			.param("result", p.result())
			.param("findings", p.findings())
			.param("followUp", p.followUp())
			.param("rectifyBy", p.rectifyBy())
			.param("dueOn", p.dueOn())
			.param("createdAt", utc(p.createdAt()))
			.param("publishedAt", utc(p.publishedAt()))
			.param("publishedBy", p.publishedBy())
			.update();
	}

	/** The publication, locked for the caller's transaction when {@code lock}. */
	Optional<ResultPublication> find(UUID assignmentId, boolean lock) {
		return this.jdbc
			.sql("select * from inspection_publication where assignment_id = :id" + (lock ? " for update" : ""))
			.param("id", assignmentId)
			.query(this::publication)
			.optional();
	}

	/**
	 * Published results (withdrawn ones included), newest first.
	 * @param year the year of the inspection, or {@code null} for all
	 * @param result one of {@link ResultPublication#RESULTS}, or {@code null} for all;
	 * withdrawn results match no result
	 */
	List<ResultPublication> published(Integer year, String result, int offset, int limit) {
		return this.jdbc
			.sql("select * from inspection_publication where published_at is not null" + filter(year, result)
					+ " order by published_at desc, plan_number desc, credit_code offset :offset limit :limit")
			.params(filterParams(year, result))
			.param("offset", offset)
			.param("limit", limit)
			.query(this::publication)
			.list();
	}

	long countPublished(Integer year, String result) {
		return this.jdbc
			.sql("select count(*) from inspection_publication where published_at is not null" + filter(year, result))
			.params(filterParams(year, result))
			.query(Long.class)
			.single();
	}

	/** The published results of a plan, in draw order. */
	List<ResultPublication> publishedOfPlan(UUID planId) {
		return this.jdbc.sql("""
				select pub.* from inspection_publication pub join inspection_assignment a on a.id = pub.assignment_id
				where pub.plan_id = :plan and pub.published_at is not null order by a.position
				""").param("plan", planId).query(this::publication).list();
	}

	/** The years in which published results were inspected, newest first. */
	List<Integer> years() {
		return this.jdbc.sql("""
				select distinct extract(year from inspected_on)::int from inspection_publication
				where published_at is not null order by 1 desc
				""").query(Integer.class).list();
	}

	boolean withdraw(UUID id, String actor, Instant at, String reason) {
		return this.jdbc.sql("""
				update inspection_publication set withdrawn_at = :at, withdrawn_by = :actor, withdrawal_reason = :reason
				where assignment_id = :id and published_at is not null and withdrawn_at is null
				""").param("id", id).param("actor", actor).param("at", utc(at)).param("reason", reason).update() == 1;
	}

	void correct(UUID id, String result, String findings, String followUp, LocalDate rectifyBy, Instant at) {
		this.jdbc.sql("""
				update inspection_publication set result = :result, findings = :findings, follow_up = :followUp,
				  rectify_by = :rectifyBy, corrected_at = :at
				where assignment_id = :id
				""")
			.param("id", id)
			.param("result", result)
			.param("findings", findings)
			.param("followUp", followUp)
			.param("rectifyBy", rectifyBy)
			.param("at", utc(at))
			.update();
	}

	void addHistory(UUID id, Instant at, String change, String actor, String note) {
		this.jdbc.sql("""
				insert into inspection_publication_history (assignment_id, at, change, actor, note)
				values (:id, :at, :change, :actor, :note)
				""")
			.param("id", id)
			.param("at", utc(at))
			.param("change", change)
			.param("actor", actor)
			.param("note", note)
			.update();
	}

	List<ResultPublication.History> history(UUID id) {
		return this.jdbc.sql("select * from inspection_publication_history where assignment_id = :id order by id")
			.param("id", id)
			.query((rs, row) -> new ResultPublication.History(instant(rs, "at"), rs.getString("change"),
					rs.getString("actor"), rs.getString("note")))
			.list();
	}

	private static String filter(Integer year, String result) {
		StringBuilder where = new StringBuilder();
		if (year != null) {
			where.append(" and inspected_on >= make_date(:year, 1, 1) and inspected_on < make_date(:year + 1, 1, 1)");
		}
		if (result != null) {
			where.append(" and result = :result and withdrawn_at is null");
		}
		return where.toString();
	}

	private static java.util.Map<String, Object> filterParams(Integer year, String result) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		if (year != null) {
			params.put("year", year);
		}
		if (result != null) {
			params.put("result", result);
		}
		return params;
	}

	private ResultPublication publication(ResultSet rs, int row) throws SQLException {
		return new ResultPublication(rs.getObject("assignment_id", UUID.class), rs.getObject("plan_id", UUID.class),
				rs.getString("plan_number"), rs.getString("agency_code"), rs.getString("credit_code"),
				rs.getString("target_name"), rs.getString("target_category"), rs.getString("legal_representative"),
				this.json.readValue(rs.getString("items"), ITEMS),
				this.json.readValue(rs.getString("inspectors"), OFFICERS),
				rs.getObject("inspected_on", LocalDate.class), rs.getString("result"), rs.getString("findings"),
				rs.getString("follow_up"), rs.getObject("rectify_by", LocalDate.class),
				rs.getObject("due_on", LocalDate.class), instant(rs, "created_at"), instant(rs, "published_at"),
				rs.getString("published_by"), instant(rs, "corrected_at"), instant(rs, "withdrawn_at"),
				rs.getString("withdrawn_by"), rs.getString("withdrawal_reason"));
	}

}
