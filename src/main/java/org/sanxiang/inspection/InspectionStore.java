package org.sanxiang.inspection;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The register, plans and draws in PostgreSQL. Lists and filters are stored as
 * {@code jsonb}; every write runs in the caller's transaction.
 */
@Repository
class InspectionStore {

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private static final TypeReference<List<Target.HeldLicence>> LICENCES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	InspectionStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	// --- the register ---

	List<Target> targets(String agencyCode) {
		return this.jdbc.sql("select * from inspection_target where agency_code = :agency order by credit_code")
			.param("agency", agencyCode)
			.query(this::target)
			.list();
	}

	List<Target> allTargets() {
		return this.jdbc.sql("select * from inspection_target order by agency_code, credit_code")
			.query(this::target)
			.list();
	}

	Optional<Target> target(String agencyCode, String creditCode) {
		return this.jdbc.sql("select * from inspection_target where agency_code = :agency and credit_code = :code")
			.param("agency", agencyCode)
			.param("code", creditCode)
			.query(this::target)
			.optional();
	}

	void saveTarget(Target t, String actor, Instant at) {
		this.jdbc.sql("""
				insert into inspection_target (agency_code, credit_code, name, category, legal_representative, address,
				  area, industry, licences, active, updated_by, updated_at)
				values (:agency, :code, :name, :category, :rep, :address, :area, :industry, cast(:licences as jsonb),
				  :active, :actor, :at)
				on conflict (agency_code, credit_code) do update set name = excluded.name,
				  category = excluded.category, legal_representative = excluded.legal_representative,
				  address = excluded.address, area = excluded.area, industry = excluded.industry,
				  licences = excluded.licences, active = excluded.active, updated_by = excluded.updated_by,
				  updated_at = excluded.updated_at
				""")
			.param("agency", t.agencyCode())
			.param("code", t.creditCode())
			.param("name", t.name())
			.param("category", t.category())
			.param("rep", t.legalRepresentative())
			.param("address", t.address())
			.param("area", t.area())
			.param("industry", t.industry())
			.param("licences", this.json.writeValueAsString(t.licences()))
			.param("active", t.active())
			.param("actor", actor)
			.param("at", utc(at))
			.update();
	}

	private Target target(ResultSet rs, int row) throws SQLException {
		return new Target(rs.getString("agency_code"), rs.getString("credit_code"), rs.getString("name"),
				rs.getString("category"), rs.getString("legal_representative"), rs.getString("address"),
				rs.getString("area"), rs.getString("industry"), this.json.readValue(rs.getString("licences"), LICENCES),
				rs.getBoolean("active"));
	}

	// --- 回避申报 ---

	/**
	 * A declared conflict of interest.
	 *
	 * @param withdrawnAt when it was withdrawn, or {@code null} while it holds
	 */
	record Conflict(UUID id, String agencyCode, String creditCode, String officerId, String reason, String declaredBy,
			Instant declaredAt, Instant withdrawnAt, String withdrawnBy) {

		public boolean holds() {
			return this.withdrawnAt == null;
		}

	}

	/** The conflicts of an agency's register, withdrawn ones included, newest first. */
	List<Conflict> conflicts(String agencyCode) {
		return this.jdbc.sql("select * from inspection_conflict where agency_code = :agency order by declared_at desc")
			.param("agency", agencyCode)
			.query(InspectionStore::conflict)
			.list();
	}

	Optional<Conflict> conflict(UUID id) {
		return this.jdbc.sql("select * from inspection_conflict where id = :id")
			.param("id", id)
			.query(InspectionStore::conflict)
			.optional();
	}

	/** Adds a conflict; false when the same one already holds. */
	boolean addConflict(Conflict c) {
		return this.jdbc
			.sql("""
					insert into inspection_conflict (id, agency_code, credit_code, officer_id, reason, declared_by, declared_at)
					values (:id, :agency, :code, :officer, :reason, :by, :at)
					on conflict do nothing
					""")
			.param("id", c.id())
			.param("agency", c.agencyCode())
			.param("code", c.creditCode())
			.param("officer", c.officerId())
			.param("reason", c.reason())
			.param("by", c.declaredBy())
			.param("at", utc(c.declaredAt()))
			.update() == 1;
	}

	boolean withdrawConflict(UUID id, String actor, Instant at) {
		return this.jdbc.sql("""
				update inspection_conflict set withdrawn_at = :at, withdrawn_by = :actor
				where id = :id and withdrawn_at is null
				""").param("id", id).param("actor", actor).param("at", utc(at)).update() == 1;
	}

	private static Conflict conflict(ResultSet rs, int row) throws SQLException {
		return new Conflict(rs.getObject("id", UUID.class), rs.getString("agency_code"), rs.getString("credit_code"),
				rs.getString("officer_id"), rs.getString("reason"), rs.getString("declared_by"),
				instant(rs, "declared_at"), instant(rs, "withdrawn_at"), rs.getString("withdrawn_by"));
	}

	// --- plans ---

	/**
	 * The next plan number of {@code year}, counted in the caller's transaction: a
	 * rollback gives it back, so numbers have no gaps.
	 */
	int nextNumber(int year) {
		return this.jdbc.sql("""
				insert into inspection_number (year, last) values (:year, 1)
				on conflict (year) do update set last = inspection_number.last + 1
				returning last
				""").param("year", year).query(Integer.class).single();
	}

	void addPlan(Plan p) {
		this.jdbc.sql("""
				insert into inspection_plan (id, number, agency_code, title, item_codes, target_filter, sample_size,
				  sample_percent, inspectors_per_target, inspector_units, period_start, period_end, draw_at, status,
				  replaces, created_by, created_at)
				values (:id, :number, :agency, :title, cast(:items as jsonb), cast(:filter as jsonb), :size, :percent,
				  :perTarget, cast(:units as jsonb), :start, :end, :drawAt, :status, :replaces, :by, :at)
				""")
			.param("id", p.id())
			.param("number", p.number())
			.param("agency", p.agencyCode())
			.param("title", p.title())
			.param("items", this.json.writeValueAsString(p.itemCodes()))
			.param("filter", this.json.writeValueAsString(p.filter()))
			.param("size", p.sampleSize())
			.param("percent", p.samplePercent())
			.param("perTarget", p.inspectorsPerTarget())
			.param("units", this.json.writeValueAsString(p.inspectorUnits()))
			.param("start", p.periodStart())
			.param("end", p.periodEnd())
			.param("drawAt", utc(p.drawAt()))
			.param("status", p.status().name())
			.param("replaces", p.replaces())
			.param("by", p.createdBy())
			.param("at", utc(p.createdAt()))
			.update();
	}

	List<Plan> plans() {
		return this.jdbc.sql("select * from inspection_plan order by created_at desc, number desc")
			.query(this::plan)
			.list();
	}

	/** The plan, locked for the caller's transaction when {@code lock}. */
	Optional<Plan> plan(UUID id, boolean lock) {
		return this.jdbc.sql("select * from inspection_plan where id = :id" + (lock ? " for update" : ""))
			.param("id", id)
			.query(this::plan)
			.optional();
	}

	Optional<Plan> planByNumber(String number) {
		return this.jdbc.sql("select * from inspection_plan where number = :number")
			.param("number", number)
			.query(this::plan)
			.optional();
	}

	/** Announced plans whose draw time has come, earliest first. */
	List<UUID> due(Instant now) {
		return this.jdbc
			.sql("select id from inspection_plan where status = 'ANNOUNCED' and draw_at <= :now order by draw_at")
			.param("now", utc(now))
			.query(UUID.class)
			.list();
	}

	/** The plan that replaces a cancelled one, if any. */
	Optional<Plan> replacementOf(UUID id) {
		return this.jdbc.sql("select * from inspection_plan where replaces = :id")
			.param("id", id)
			.query(this::plan)
			.optional();
	}

	void markDrawn(UUID id) {
		this.jdbc.sql("update inspection_plan set status = 'DRAWN' where id = :id and status = 'ANNOUNCED'")
			.param("id", id)
			.update();
	}

	void cancel(UUID id, String actor, Instant at, String reason) {
		this.jdbc.sql("""
				update inspection_plan set status = 'CANCELLED', cancelled_by = :actor, cancelled_at = :at,
				  cancel_reason = :reason
				where id = :id
				""").param("id", id).param("actor", actor).param("at", utc(at)).param("reason", reason).update();
	}

	private Plan plan(ResultSet rs, int row) throws SQLException {
		int size = rs.getInt("sample_size");
		Integer sampleSize = rs.wasNull() ? null : size;
		BigDecimal percent = rs.getBigDecimal("sample_percent");
		return new Plan(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("agency_code"),
				rs.getString("title"), this.json.readValue(rs.getString("item_codes"), STRINGS),
				this.json.readValue(rs.getString("target_filter"), TargetFilter.class), sampleSize, percent,
				rs.getInt("inspectors_per_target"), this.json.readValue(rs.getString("inspector_units"), STRINGS),
				rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
				instant(rs, "draw_at"), PlanStatus.valueOf(rs.getString("status")),
				rs.getObject("replaces", UUID.class), rs.getString("created_by"), instant(rs, "created_at"),
				rs.getString("cancelled_by"), instant(rs, "cancelled_at"), rs.getString("cancel_reason"));
	}

	// --- draws ---

	void addDraw(DrawResult d) {
		this.jdbc
			.sql("""
					insert into inspection_draw (plan_id, algorithm, draw_at, tree_size, tree_root, tree_head_at, tree_key_id,
					  tree_signature, seed, population, pool, sample_size, drawn_at)
					values (:plan, :algorithm, :drawAt, :size, :root, :headAt, :keyId, :signature, :seed,
					  cast(:population as jsonb), cast(:pool as jsonb), :sample, :drawnAt)
					""")
			.param("plan", d.planId())
			.param("algorithm", d.algorithm())
			.param("drawAt", utc(d.drawAt()))
			.param("size", d.treeSize())
			.param("root", d.treeRoot())
			.param("headAt", utc(d.treeHeadAt()))
			.param("keyId", d.treeKeyId())
			.param("signature", d.treeSignature())
			.param("seed", d.seed())
			.param("population", this.json.writeValueAsString(d.population()))
			.param("pool", this.json.writeValueAsString(d.pool()))
			.param("sample", d.sampleSize())
			.param("drawnAt", utc(d.drawnAt()))
			.update();
		for (DrawResult.Assignment a : d.assignments()) {
			this.jdbc.sql("""
					insert into inspection_assignment (id, plan_id, position, credit_code, target_name, inspector_ids)
					values (:id, :plan, :position, :code, :name, cast(:inspectors as jsonb))
					""")
				.param("id", a.id())
				.param("plan", a.planId())
				.param("position", a.position())
				.param("code", a.creditCode())
				.param("name", a.targetName())
				.param("inspectors", this.json.writeValueAsString(a.inspectorIds()))
				.update();
		}
		for (DrawResult.Exclusion e : d.exclusions()) {
			this.jdbc.sql("""
					insert into inspection_exclusion (plan_id, credit_code, officer_id, reason)
					values (:plan, :code, :officer, :reason)
					""")
				.param("plan", d.planId())
				.param("code", e.creditCode())
				.param("officer", e.officerId())
				.param("reason", e.reason())
				.update();
		}
	}

	Optional<DrawResult> draw(UUID planId) {
		List<DrawResult.Assignment> assignments = assignments(planId);
		List<DrawResult.Exclusion> exclusions = this.jdbc
			.sql("select * from inspection_exclusion where plan_id = :plan order by credit_code, officer_id")
			.param("plan", planId)
			.query((rs, row) -> new DrawResult.Exclusion(rs.getString("credit_code"), rs.getString("officer_id"),
					rs.getString("reason")))
			.list();
		return this.jdbc.sql("select * from inspection_draw where plan_id = :plan")
			.param("plan", planId)
			.query((rs, row) -> new DrawResult(rs.getObject("plan_id", UUID.class), rs.getString("algorithm"),
					instant(rs, "draw_at"), rs.getLong("tree_size"), rs.getString("tree_root"),
					instant(rs, "tree_head_at"), rs.getString("tree_key_id"), rs.getString("tree_signature"),
					rs.getString("seed"), this.json.readValue(rs.getString("population"), STRINGS),
					this.json.readValue(rs.getString("pool"), STRINGS), rs.getInt("sample_size"),
					instant(rs, "drawn_at"), assignments, exclusions))
			.optional();
	}

	List<DrawResult.Assignment> assignments(UUID planId) {
		return this.jdbc.sql("select * from inspection_assignment where plan_id = :plan order by position")
			.param("plan", planId)
			.query(this::assignmentRow)
			.list();
	}

	Optional<DrawResult.Assignment> assignment(UUID id) {
		return this.jdbc.sql("select * from inspection_assignment where id = :id")
			.param("id", id)
			.query(this::assignmentRow)
			.optional();
	}

	/** The assignments of drawn (not cancelled) plans that name this officer. */
	List<DrawResult.Assignment> assignmentsOf(String officerId) {
		return this.jdbc.sql("""
				select a.* from inspection_assignment a join inspection_plan p on p.id = a.plan_id
				where p.status = 'DRAWN' and a.inspector_ids @> jsonb_build_array(cast(:officer as text))
				order by p.period_end, p.number, a.position
				""").param("officer", officerId).query(this::assignmentRow).list();
	}

	private DrawResult.Assignment assignmentRow(ResultSet rs, int row) throws SQLException {
		return new DrawResult.Assignment(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
				rs.getInt("position"), rs.getString("credit_code"), rs.getString("target_name"),
				this.json.readValue(rs.getString("inspector_ids"), STRINGS));
	}

	/** Whether any inspection of the plan has been recorded. */
	boolean hasRecords(UUID planId) {
		return this.jdbc.sql("""
				select exists (select 1 from inspection_record r join inspection_assignment a on a.id = r.assignment_id
				  where a.plan_id = :plan)
				""").param("plan", planId).query(Boolean.class).single();
	}

	static OffsetDateTime utc(Instant at) {
		return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return t == null ? null : t.toInstant();
	}

}
