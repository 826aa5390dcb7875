package org.sanxiang.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.CaseId;
import org.sanxiang.identity.Role;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily sweep of review clocks (SH-5) on PostgreSQL, with the day moved: 预警 and 超期
 * each go into the case's journal once per round and due day however often the sweep
 * runs; an extension gives a new due day; a concluded review raises nothing.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
@Import(ReviewConsoleDay.class)
class ReviewClockSweepIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LegalReviews reviews;

	@Autowired
	ReviewClockSweep sweep;

	@Test
	void raisesTheWarningAndTheLapseOnceEachPerRoundAndDueDay() throws Exception {
		MajorCases.MajorCase c = new MajorCases(this.mvc, this.json, this.jdbc).atDecision("新田县示例热电联产有限公司");
		LegalReview review = this.reviews.submit(
				new LegalReviews.Submission(CaseId.of(c.id()), "准予许可", "准予核准。", "事实清楚。",
						List.of(new LegalReviews.LegalBasisChoice(MajorCases.BASIS_LAW, "第三条")), "不涉及裁量", null,
						List.of(c.evidenceId()), null, null, "拟予核准", "同意", false, null, "reviewer"),
				Actor.staff("officer1", "张伟（示例）", Role.OFFICER));
		assertThat(review.currentRound().dueOn()).isEqualTo("2026-06-10");

		// Monday: 7 working days left, nothing to raise
		this.sweep.sweep(on(LocalDate.of(2026, 6, 1)));
		assertThat(alerts(c)).isEmpty();
		// Tuesday of the next week: 1 working day left — 预警, once
		this.sweep.sweep(on(LocalDate.of(2026, 6, 9)));
		this.sweep.sweep(on(LocalDate.of(2026, 6, 9)));
		assertThat(alerts(c)).containsExactly("ReviewDeadlineApproaching");
		// past the due day — 超期, once, though the sweep runs on the next days too
		this.sweep.sweep(on(LocalDate.of(2026, 6, 11)));
		this.sweep.sweep(on(LocalDate.of(2026, 6, 12)));
		assertThat(alerts(c)).containsExactly("ReviewDeadlineApproaching", "ReviewDeadlineLapsed");

		// extended by a 负责人 to 2026-06-15: a new due day, a new lapse once it passes
		this.reviews.extend(review.id(), "案情复杂", Actor.staff("director", "赵志刚（示例）", Role.DIRECTOR));
		this.sweep.sweep(on(LocalDate.of(2026, 6, 16)));
		this.sweep.sweep(on(LocalDate.of(2026, 6, 16)));
		assertThat(alerts(c)).containsExactly("ReviewDeadlineApproaching", "ReviewDeadlineLapsed",
				"ReviewDeadlineLapsed");

		// concluded: nothing more
		this.reviews.conclude(review.id(), ReviewFixtures.conclusion(ReviewOutcome.PASSED, List.of()),
				Actor.staff("reviewer", "陈敏（示例）", Role.REVIEWER));
		this.sweep.sweep(on(LocalDate.of(2026, 6, 22)));
		assertThat(alerts(c)).hasSize(3);
	}

	private List<String> alerts(MajorCases.MajorCase c) {
		return this.jdbc
			.sql("select type from journal_entry where case_id = :id and type like 'ReviewDeadline%' order by seq")
			.param("id", UUID.fromString(c.id()))
			.query(String.class)
			.list();
	}

	private static Clock on(LocalDate day) {
		return Clock.fixed(day.atTime(1, 40).atZone(ReviewConsoleDay.CHINA).toInstant(), ReviewConsoleDay.CHINA);
	}

}
