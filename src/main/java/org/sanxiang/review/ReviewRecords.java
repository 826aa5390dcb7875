package org.sanxiang.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.casework.CaseId;
import org.sanxiang.platform.InputRejected;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The legal reviews on PostgreSQL: each review as JSON beside the columns searched on.
 * Writes are optimistic (an update names the revision it read); one running review per
 * case is kept by a partial unique index, so two packages submitted at once cannot both
 * start.
 */
@Repository
class ReviewRecords {

	private static final String OPEN = "('UNDER_REVIEW', 'RETURNED', 'AWAITING_AMENDMENT', 'AWAITING_CONFIRMATION')";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	ReviewRecords(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	void add(LegalReview review) {
		int ordinal = this.jdbc
			.sql("select coalesce(max(ordinal), 0) + 1 from review_legal_review where case_id = :caseId")
			.param("caseId", review.caseId().value())
			.query(Integer.class)
			.single();
		try {
			this.jdbc.sql("""
					insert into review_legal_review (id, case_id, ordinal, case_number, agency_code, item_code, action,
					  status, reviewer, submitted_by, due_on, revision, content, created_at, updated_at)
					values (:id, :caseId, :ordinal, :caseNumber, :agency, :item, :action, :status, :reviewer,
					  :submittedBy, :dueOn, :revision, cast(:content as jsonb), :now, :now)""")
				.param("id", review.id().value())
				.param("caseId", review.caseId().value())
				.param("ordinal", ordinal)
				.param("caseNumber", review.caseNumber())
				.param("agency", review.agencyCode())
				.param("item", review.item().code())
				.param("action", review.action())
				.param("status", review.status().name())
				.param("reviewer", review.reviewer())
				.param("submittedBy", review.currentRound().submittedBy())
				.param("dueOn", review.currentRound().dueOn())
				.param("revision", review.revision())
				.param("content", this.json.writeValueAsString(review))
				.param("now", Timestamp.from(this.clock.instant()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw InputRejected.conflict("caseId", "本案已有正在进行的法制审核，请刷新后查看");
		}
	}

	/** Stores the review changed from {@code expectedRevision}; 409 when it moved on. */
	void update(LegalReview review, int expectedRevision) {
		int rows = this.jdbc.sql("""
				update review_legal_review set action = :action, status = :status, reviewer = :reviewer,
				  due_on = :dueOn, revision = :revision, content = cast(:content as jsonb), updated_at = :now
				where id = :id and revision = :expected""")
			.param("action", review.action())
			.param("status", review.status().name())
			.param("reviewer", review.reviewer())
			.param("dueOn", review.currentRound().dueOn())
			.param("revision", review.revision())
			.param("content", this.json.writeValueAsString(review))
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", review.id().value())
			.param("expected", expectedRevision)
			.update();
		if (rows == 0) {
			throw InputRejected.conflict("revision", "该法制审核已被他人修改，请刷新后重试");
		}
	}

	Optional<LegalReview> find(ReviewId id) {
		return this.jdbc.sql("select content::text from review_legal_review where id = :id")
			.param("id", id.value())
			.query(this::review)
			.optional();
	}

	/**
	 * The review, its row locked until the transaction ends: commands run one at a time.
	 */
	Optional<LegalReview> findForUpdate(ReviewId id) {
		return this.jdbc.sql("select content::text from review_legal_review where id = :id for update")
			.param("id", id.value())
			.query(this::review)
			.optional();
	}

	/** The case's latest review: the one that decides the gate. */
	Optional<LegalReview> latestOf(CaseId caseId) {
		return this.jdbc
			.sql("select content::text from review_legal_review where case_id = :caseId order by ordinal desc limit 1")
			.param("caseId", caseId.value())
			.query(this::review)
			.optional();
	}

	/** The case's reviews, latest first. */
	List<LegalReview> ofCase(CaseId caseId) {
		return this.jdbc
			.sql("select content::text from review_legal_review where case_id = :caseId order by ordinal desc")
			.param("caseId", caseId.value())
			.query(this::review)
			.list();
	}

	Optional<LegalReview> openOf(CaseId caseId) {
		return this.jdbc
			.sql("select content::text from review_legal_review where case_id = :caseId and status in " + OPEN)
			.param("caseId", caseId.value())
			.query(this::review)
			.optional();
	}

	/** Every running review, the earliest due first. */
	List<LegalReview> open() {
		return this.jdbc
			.sql("select content::text from review_legal_review where status in " + OPEN
					+ " order by due_on nulls last, created_at")
			.query(this::review)
			.list();
	}

	/** The reviews assigned to {@code reviewer}, running ones first, then the newest. */
	List<LegalReview> assignedTo(String reviewer, int limit) {
		return this.jdbc
			.sql("select content::text from review_legal_review where lower(reviewer) = lower(:reviewer) "
					+ "order by (status in " + OPEN + ") desc, due_on nulls last, updated_at desc limit :limit")
			.param("reviewer", reviewer)
			.param("limit", limit)
			.query(this::review)
			.list();
	}

	/** The reviews {@code officer} submitted, running ones first, then the newest. */
	List<LegalReview> submittedBy(String officer, int limit) {
		return this.jdbc
			.sql("select content::text from review_legal_review where lower(submitted_by) = lower(:officer) "
					+ "order by (status in " + OPEN + ") desc, updated_at desc limit :limit")
			.param("officer", officer)
			.param("limit", limit)
			.query(this::review)
			.list();
	}

	/** Every review, newest first (for statistics). */
	List<LegalReview> all() {
		return this.jdbc.sql("select content::text from review_legal_review order by created_at")
			.query(this::review)
			.list();
	}

	/**
	 * Work in hand per reviewer (lower-case account): reviews awaiting their conclusion
	 * or confirmation.
	 */
	Map<String, Integer> load() {
		Map<String, Integer> load = new HashMap<>();
		this.jdbc
			.sql("select lower(reviewer) as reviewer, count(*) as n from review_legal_review "
					+ "where status in ('UNDER_REVIEW', 'AWAITING_CONFIRMATION') group by lower(reviewer)")
			.query((ResultSet rs) -> {
				load.put(rs.getString("reviewer"), rs.getInt("n"));
			});
		return load;
	}

	// --- major decisions made, for coverage ---

	void recordDecision(CaseId caseId, String eventType, String decision, LocalDate decidedOn, ReviewId reviewId,
			String opinionNumber) {
		this.jdbc.sql("""
				insert into review_decision (case_id, event_type, decision, decided_on, review_id, opinion_number,
				  recorded_at)
				values (:caseId, :type, :decision, :on, :reviewId, :number, :now)""")
			.param("caseId", caseId.value())
			.param("type", eventType)
			.param("decision", decision)
			.param("on", decidedOn)
			.param("reviewId", reviewId == null ? null : reviewId.value())
			.param("number", opinionNumber)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	/**
	 * Major decisions made in [from, to] (either open) and how many a passed review
	 * cleared.
	 */
	Coverage coverage(LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select count(*) as decided, count(review_id) as reviewed from review_decision
				where (cast(:from as date) is null or decided_on >= :from)
				  and (cast(:to as date) is null or decided_on <= :to)""")
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new Coverage(rs.getLong("decided"), rs.getLong("reviewed")))
			.single();
	}

	record Coverage(long decided, long reviewed) {
	}

	private LegalReview review(ResultSet rs, int row) throws SQLException {
		return this.json.readValue(rs.getString(1), LegalReview.class);
	}

}
