package org.sanxiang.casework.licensing;

import org.sanxiang.calendar.WorkingDays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.sanxiang.casework.DecisionGuard;
import org.sanxiang.casework.HearingRequested;
import org.sanxiang.casework.PublicInterestMarked;
import org.sanxiang.casework.licensing.LicensingState.HearingPending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.casework.licensing.LicensingFixtures.*;

/** 听证 (行政许可法 第四十六条至第四十八条; RULES.md XK-46, XK-47, XK-48), in working days (第八十二条). */
class HearingTests {

	private final LicensingRules rules = rulesOn(day("2026-11-30"));

	/**
	 * Accepted 18 Sep; the right to a hearing told on Tue 29 Sep (request by Mon 12 Oct:
	 * 30 Sep, 8, 9, 10 (调休) and 12 Oct).
	 */
	private LicensingCase notified() {
		return underReview("2026-09-18").notifyHearingRight(OFFICER, day("2026-09-29"), this.rules).moved().next();
	}

	private LicensingCase requested() {
		return notified().requestHearing(CLERK, day("2026-10-09"), HearingBasis.REQUESTED, this.rules).moved().next();
	}

	@Test
	@DisplayName("XK-47 第四十七条: a hearing requested within 5 working days of the notice pauses the clock and is due within 20 working days")
	void requestWithinFiveWorkingDays() {
		Outcome outcome = notified().requestHearing(CLERK, day("2026-10-10"), HearingBasis.REQUESTED, this.rules);

		HearingRequested event = (HearingRequested) outcome.moved().event();
		assertThat(event.holdBy()).isEqualTo(day("2026-11-06"));
		assertThat(outcome.moved().next().state()).isInstanceOf(HearingPending.class);
		assertThat(outcome.moved().next().deadlines().paused()).isTrue();
	}

	@Test
	@DisplayName("XK-47 第四十七条: a hearing requested after 5 working days is refused")
	void lateRequestIsRefused() {
		TransitionRefused refused = notified()
			.requestHearing(CLERK, day("2026-10-13"), HearingBasis.REQUESTED, this.rules)
			.refused();

		assertThat(refused.rule()).isEqualTo(Rule.XK_47);
		assertThat(refused.reason()).contains("2026-10-12");
	}

	@Test
	@DisplayName("XK-47 第四十七条: a hearing cannot be requested before the right was told")
	void requestNeedsTheNotice() {
		TransitionRefused refused = underReview("2026-09-18")
			.requestHearing(CLERK, day("2026-10-12"), HearingBasis.REQUESTED, this.rules)
			.refused();

		assertThat(refused.reason()).contains("尚未告知");
	}

	@Test
	@DisplayName("XK-46 第四十六条: a hearing the law requires is held without a request window")
	void requiredHearingNeedsNoRequest() {
		Outcome outcome = underReview("2026-09-18").requestHearing(OFFICER, day("2026-10-12"), HearingBasis.REQUIRED,
				this.rules);

		assertThat(outcome.moved().next().state().label()).isEqualTo("听证中");
	}

	@Test
	@DisplayName("XK-46 第四十六条: a hearing ordered as required by law marks the case so the decision waits for it")
	void requiredHearingMarksTheCase() {
		LicensingCase pending = underReview("2026-09-18")
			.requestHearing(OFFICER, day("2026-10-12"), HearingBasis.REQUIRED, this.rules)
			.moved()
			.next();

		assertThat(pending.requiredHearing()).isEqualTo("依法应当听证");
		assertThat(pending.allowedActions()).doesNotContain(CaseAction.GRANT, CaseAction.DENY);
	}

	@Test
	@DisplayName("XK-46 第四十六条: a major public-interest matter is decided only after a hearing was held")
	void publicInterestMatterIsDecidedOnlyAfterAHearing() {
		LicensingRules reviewPassed = rulesOn(day("2026-11-30"), proposal -> DecisionGuard.Clearance.passed("审核意见书2号"));
		Outcome marked = underReview("2026-09-18").markPublicInterest(OFFICER, day("2026-09-21"),
				"项目涉及城区集中供热，影响不特定多数居民", this.rules);
		LicensingCase c = marked.moved().next();
		assertThat(marked.moved().event()).isInstanceOf(PublicInterestMarked.class);
		assertThat(c.requiredHearing()).contains("涉及公共利益").contains("集中供热");
		assertThat(c.allowedActions()).doesNotContain(CaseAction.MARK_PUBLIC_INTEREST);

		TransitionRefused grant = c
			.grant(OFFICER, DIRECTOR, day("2026-10-12"), "准予核准", null, "新发改许〔2026〕13号", day("2028-12-31"), reviewPassed)
			.refused();
		TransitionRefused deny = c.deny(OFFICER, DIRECTOR, day("2026-10-12"), "不符合规划", null, reviewPassed).refused();
		assertThat(grant.rule()).isEqualTo(Rule.XK_46);
		assertThat(grant.reason()).contains("举行听证");
		assertThat(deny.rule()).isEqualTo(Rule.XK_46);

		LicensingCase heard = c.requestHearing(OFFICER, day("2026-09-22"), HearingBasis.REQUIRED, this.rules)
			.moved()
			.next()
			.scheduleHearing(OFFICER, day("2026-09-23"), day("2026-10-13"), "o-zhao", "局三楼会议室", this.rules)
			.moved()
			.next()
			.recordHearing(OFFICER, day("2026-10-13"), "听证笔录〔2026〕2号", RECORDED_HEARING, this.rules)
			.moved()
			.next();
		assertThat(heard.requiredHearing()).contains("涉及公共利益");
		assertThat(heard
			.grant(OFFICER, DIRECTOR, day("2026-10-14"), "准予核准", "听证笔录〔2026〕2号", "新发改许〔2026〕13号", day("2028-12-31"),
					reviewPassed)
			.moved()
			.next()
			.state()
			.label()).isEqualTo("准予许可");
	}

	@Test
	@DisplayName("XK-46 第四十六条: marking a matter as one of public interest states why")
	void publicInterestNeedsAReason() {
		TransitionRefused refused = underReview("2026-09-18")
			.markPublicInterest(OFFICER, day("2026-09-21"), " ", this.rules)
			.refused();

		assertThat(refused.rule()).isEqualTo(Rule.XK_46);
	}

	@Test
	@DisplayName("XK-47 第四十七条: the hearing is held within 20 working days of the request")
	void hearingAfterTwentyWorkingDaysIsRefused() {
		TransitionRefused refused = requested()
			.scheduleHearing(OFFICER, day("2026-10-12"), day("2026-11-06"), "o-zhao", "局三楼会议室", this.rules)
			.refused();

		assertThat(refused.rule()).isEqualTo(Rule.XK_47);
		assertThat(refused.reason()).contains("2026-11-05");
	}

	@Test
	@DisplayName("XK-48 第四十八条: time and place are notified 7 working days before the hearing")
	void noticeSevenWorkingDaysBefore() {
		TransitionRefused refused = requested()
			.scheduleHearing(OFFICER, day("2026-10-12"), day("2026-10-20"), "o-zhao", "局三楼会议室", this.rules)
			.refused();

		assertThat(refused.rule()).isEqualTo(Rule.XK_48);
		assertThat(refused.reason()).contains("2026-10-21");
	}

	@Test
	@DisplayName("XK-48 第四十八条: the host is not an officer who reviewed the application")
	void hostIsNotTheReviewer() {
		TransitionRefused refused = requested()
			.scheduleHearing(OFFICER, day("2026-10-12"), day("2026-10-21"), "o-li", "局三楼会议室", this.rules)
			.refused();

		assertThat(refused.rule()).isEqualTo(Rule.XK_48);
		assertThat(refused.reason()).contains("主持人");
	}

	@Test
	@DisplayName("XK-48 第四十八条, SH-1/SH-2: after a hearing the decision cites its record and, being major, needs a passed legal review")
	void decisionAfterHearing() {
		LicensingCase heard = requested()
			.scheduleHearing(OFFICER, day("2026-10-12"), day("2026-10-21"), "o-zhao", "局三楼会议室", this.rules)
			.moved()
			.next()
			.recordHearing(OFFICER, day("2026-10-21"), "听证笔录〔2026〕1号", RECORDED_HEARING, this.rules)
			.moved()
			.next();
		assertThat(heard.state().label()).isEqualTo("审查中");
		assertThat(heard.major()).isTrue();
		// paused from the request (9 Oct) to the hearing (21 Oct): 10, 12–16, 19–21 Oct =
		// 9 working days
		assertThat(heard.deadlines().decisionDue(WorkingDays.shipped(), day("2026-11-30")))
			.isEqualTo(day("2026-11-04"));

		TransitionRefused notCited = heard
			.grant(OFFICER, DIRECTOR, day("2026-11-02"), "准予核准", null, "新发改许〔2026〕12号", day("2028-12-31"),
					rulesOn(day("2026-11-30"), proposal -> DecisionGuard.Clearance.passed("审核意见书1号")))
			.refused();
		assertThat(notCited.rule()).isEqualTo(Rule.XK_48);

		TransitionRefused noReview = heard
			.grant(OFFICER, DIRECTOR, day("2026-11-02"), "准予核准", "听证笔录〔2026〕1号", "新发改许〔2026〕12号", day("2028-12-31"),
					this.rules)
			.refused();
		assertThat(noReview.rule()).isEqualTo(Rule.SH_1);
		assertThat(noReview.reason()).contains("法制审核模块尚未启用");
	}

	@Test
	@DisplayName("JL-3: a hearing is not recorded as held without its audio/video recording or an approved reason")
	void hearingWithoutRecordingIsRefused() {
		LicensingCase scheduled = underReview("2026-09-18")
			.requestHearing(OFFICER, day("2026-09-22"), HearingBasis.REQUIRED, this.rules)
			.moved()
			.next()
			.scheduleHearing(OFFICER, day("2026-09-23"), day("2026-10-13"), "o-zhao", "局三楼会议室", this.rules)
			.moved()
			.next();
		TransitionRefused refused = (TransitionRefused) scheduled.recordHearing(OFFICER, day("2026-10-13"),
				"听证笔录〔2026〕3号", MediaRecord.none("听证"), this.rules);
		assertThat(refused.rule()).isEqualTo(Rule.JL_3);
		assertThat(scheduled.recordHearing(OFFICER, day("2026-10-13"), "听证笔录〔2026〕3号", RECORDED_HEARING, this.rules))
			.isInstanceOf(Outcome.Moved.class);
	}

}
