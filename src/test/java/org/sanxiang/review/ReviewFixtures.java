package org.sanxiang.review;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sanxiang.calendar.Day;
import org.sanxiang.calendar.WorkingDays;
import org.sanxiang.casework.Actor;
import org.sanxiang.casework.ApplicationAccepted;
import org.sanxiang.casework.CaseEvent;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.CaseSnapshot;
import org.sanxiang.casework.ItemVersion;
import org.sanxiang.casework.OfficersAssigned;
import org.sanxiang.casework.ProposedDecision;
import org.sanxiang.casework.Recorded;
import org.sanxiang.catalog.LegalBasis;
import org.sanxiang.evidence.Activity;
import org.sanxiang.evidence.EvidenceItem;
import org.sanxiang.identity.Role;

/** Cases, packages and reviews for the review's fast tests. */
final class ReviewFixtures {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	static final CaseId CASE = new CaseId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));

	static final ItemVersion ITEM = new ItemVersion("XK-001", 2, "企业投资项目核准");

	static final String AGENCY = "11431128006123458Q";

	static final LegalBasis ARTICLE_3 = new LegalBasis("《企业投资项目核准和备案管理条例》（国务院令第673号）", "第三条", "摘要");

	static final LegalBasis ARTICLE_19 = new LegalBasis("《政府核准投资项目管理办法》", "第十九条", "摘要");

	static final String GRANT = "准予许可";

	static final String TEXT = "准予核准新田县示例光伏发电项目。";

	static final EvidenceItem VIDEO = evidence(UUID.fromString("00000000-0000-0000-0000-0000000000e1"), "officer1");

	private ReviewFixtures() {
	}

	static Actor actor(String account, Role... roles) {
		return Actor.staff(account, account, roles);
	}

	static Recorded recorded(String account, LocalDate on) {
		return new Recorded(CASE, Actor.staff(account, account), on.atTime(10, 0).atZone(CHINA).toInstant(), "办理",
				ITEM);
	}

	/**
	 * A major case accepted by {@code clerk} and assigned by {@code director} to officers
	 * O-003 and O-004.
	 */
	static CaseSnapshot majorCase() {
		List<CaseEvent> history = new ArrayList<>();
		history.add(new ApplicationAccepted(recorded("clerk", TODAY), TODAY, false, "XK-32", "第三十二条", "一般办理"));
		history.add(new OfficersAssigned(recorded("director", TODAY), List.of("O-003", "O-004")));
		return snapshot(List.of(GRANT, "不予许可"), null, history);
	}

	static CaseSnapshot snapshot(List<String> majorDecisions, String hearingRecord, List<CaseEvent> history) {
		return new CaseSnapshot(CASE, "XK-20260601-0001", ITEM, AGENCY, "新田县示例能源有限公司", "审查中", "UnderReview",
				List.of("O-003", "O-004"), hearingRecord, null, !majorDecisions.isEmpty(), TODAY,
				LocalDate.of(2026, 6, 29), List.of(), majorDecisions, history, List.of(), null);
	}

	static EvidenceItem evidence(UUID id, String uploadedBy) {
		Instant at = TODAY.atTime(9, 0).atZone(CHINA).toInstant();
		return new EvidenceItem(id, CASE.value(), Activity.SITE_INSPECTION, "张建华", "执法记录仪", at, at.plusSeconds(600),
				"项目现场", "现场核查", "现场核查.mp4", "video/mp4", 1024, "a".repeat(64), "b".repeat(64), TODAY.plusYears(30),
				uploadedBy, at, null);
	}

	/** A complete package for a grant of {@link #TEXT}. */
	static LegalReviews.Submission submission() {
		return new LegalReviews.Submission(CASE, GRANT, TEXT, "项目符合核准条件。",
				List.of(new LegalReviews.LegalBasisChoice(ARTICLE_3.law(), ARTICLE_3.article())), "不涉及裁量", null,
				List.of(VIDEO.id().toString()), null, null, "拟予核准", "同意", false, null, null);
	}

	static LegalReviews.Submission empty() {
		return new LegalReviews.Submission(CASE, null, null, null, null, null, null, null, null, null, null, null,
				false, null, null);
	}

	/** Every point 符合, no crime, with {@code outcome} and {@code changes}. */
	static LegalReviews.Conclusion conclusion(ReviewOutcome outcome, List<String> changes) {
		List<PointFinding> points = new ArrayList<>();
		for (ReviewPoint p : ReviewPoint.values()) {
			points.add(new PointFinding(p, Finding.COMPLIANT, null));
		}
		return new LegalReviews.Conclusion(outcome, points, false, null, changes, null, false, null);
	}

	static ReviewPackage pack(String text) {
		return new ReviewPackage(GRANT, text, ProposedDecision.digestOf(GRANT, text), "事实", List.of(ARTICLE_3), "不涉及裁量",
				null, List.of(), null, null, List.of(), "拟予核准", "同意", false, null);
	}

	static ReviewRound round(int number, String text, LocalDate completeOn, LocalDate dueOn) {
		return new ReviewRound(number, pack(text), "officer1", completeOn.atStartOfDay(CHINA).toInstant(), completeOn,
				dueOn, null, null, null, null);
	}

	/** A review of {@link #TEXT} under review by {@code reviewer}. */
	static LegalReview underReview(String reviewer) {
		ReviewRound first = round(1, TEXT, TODAY, TODAY.plusDays(9));
		return LegalReview.submitted(ReviewId.random(), CASE, "XK-20260601-0001", ITEM, AGENCY, first,
				new LegalReview.Assignment(reviewer, "system", Instant.EPOCH, "自动指派", null), null);
	}

	static ReviewOpinion opinion(ReviewOutcome outcome, String reviewer, List<String> changes) {
		return new ReviewOpinion(outcome, conclusion(outcome, changes).points(), false, null, changes, null,
				"新发改法审〔2026〕1号", reviewer, TODAY, Instant.EPOCH, List.of(), null);
	}

	/** A review of {@link #TEXT} that {@code reviewer} passed. */
	static LegalReview passed(String reviewer) {
		return underReview(reviewer).concluded(opinion(ReviewOutcome.PASSED, reviewer, List.of()), false, null);
	}

	static ProposedDecision proposal(String text, String approver) {
		return new ProposedDecision(CASE, ITEM, GRANT, text, approver);
	}

	/** Monday to Friday, no holidays: enough for the review's period arithmetic. */
	static final WorkingDays WEEKDAYS = new WorkingDays() {

		@Override
		public LocalDate addWorkingDays(LocalDate from, int days) {
			LocalDate d = from;
			for (int n = 0; n < days;) {
				d = d.plusDays(1);
				if (working(d)) {
					n++;
				}
			}
			return d;
		}

		@Override
		public int workingDaysBetween(LocalDate from, LocalDate to) {
			int n = 0;
			for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
				if (working(d)) {
					n++;
				}
			}
			return n;
		}

		@Override
		public Day day(LocalDate date) {
			throw new UnsupportedOperationException();
		}

		@Override
		public LocalDate addNaturalDays(LocalDate from, int days) {
			return from.plusDays(days);
		}

		@Override
		public boolean covers(int year) {
			return true;
		}

		@Override
		public Set<Integer> loadedYears() {
			return Set.of(2026);
		}

		private boolean working(LocalDate d) {
			return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
		}

	};

}
