package org.sanxiang.casework.licensing;

import java.util.List;

import org.sanxiang.calendar.WorkingDays;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.casework.licensing.LicensingFixtures.*;

/**
 * The clocks across the 2026 National Day holiday (RULES.md T-3: 25–27 Sep and 1–7 Oct
 * off, Sun 20 Sep and Sat 10 Oct working), counted in working days (行政许可法 第八十二条, T-1)
 * from the day after (T-2).
 */
class CaseDeadlinesTests {

	private static final WorkingDays CAL = WorkingDays.shipped();

	@Test
	void theTestCalendarFollowsTheStateCouncilNoticeForNationalDay() {
		assertThat(CAL.day(day("2026-09-20")).workingDay()).isTrue();
		assertThat(CAL.day(day("2026-10-01")).workingDay()).isFalse();
		assertThat(CAL.day(day("2026-10-07")).workingDay()).isFalse();
		assertThat(CAL.day(day("2026-10-10")).workingDay()).isTrue();
	}

	@Test
	@DisplayName("XK-42 第四十二条、第八十二条: 20 working days from acceptance on Fri 18 Sep end on Thu 22 Oct, skipping both holidays and counting both 调休 days")
	void decisionDueAcrossNationalDay() {
		LicensingCase c = underReview("2026-09-18");

		assertThat(c.deadlines().decisionDue(CAL, day("2026-09-18"))).isEqualTo(day("2026-10-22"));
	}

	@Test
	@DisplayName("XK-42: the clock shows 正常 with 4 working days left, 预警 with 3, and 超期 the day after the due date")
	void statusIsNormalThenWarningThenOverdue() {
		LicensingCase c = underReview("2026-09-18");

		assertThat(statutory(c, "2026-10-16").urgency()).isEqualTo(Urgency.NORMAL);
		assertThat(statutory(c, "2026-10-16").workingDaysLeft()).isEqualTo(4);
		assertThat(statutory(c, "2026-10-19").urgency()).isEqualTo(Urgency.WARNING);
		assertThat(statutory(c, "2026-10-22").urgency()).isEqualTo(Urgency.WARNING);
		assertThat(statutory(c, "2026-10-22").workingDaysLeft()).isZero();
		Deadline overdue = statutory(c, "2026-10-23");
		assertThat(overdue.urgency()).isEqualTo(Urgency.OVERDUE);
		assertThat(overdue.workingDaysLeft()).isEqualTo(-1);
		assertThat(overdue.urgency().label()).isEqualTo("超期");
	}

	@Test
	@DisplayName("XK-42 第四十二条: the promised limit (承诺时限, 10 working days) runs beside the statutory one")
	void promisedLimitRunsBesideTheStatutoryOne() {
		LicensingCase c = underReview("2026-09-18");

		List<Deadline> clocks = c.clocks(CAL, day("2026-10-09"));

		assertThat(clocks).extracting(Deadline::name).containsExactly("法定办理期限", "承诺办理期限");
		assertThat(clocks.get(1).due()).isEqualTo(day("2026-10-09"));
		assertThat(clocks.get(1).urgency()).isEqualTo(Urgency.WARNING);
	}

	@Test
	@DisplayName("XK-42 第四十二条: an approved extension adds 10 working days — due Thu 5 Nov")
	void extensionAddsTenWorkingDays() {
		LicensingCase c = underReview("2026-09-18")
			.extend(OFFICER, DIRECTOR, day("2026-10-20"), "需征求自然资源部门意见", rulesOn(day("2026-10-20")))
			.moved()
			.next();

		assertThat(c.deadlines().decisionDue(CAL, day("2026-10-20"))).isEqualTo(day("2026-11-05"));
	}

	@Test
	@DisplayName("XK-45 第四十五条: expert review from 9 to 16 Oct is not counted — 6 working days (10, 12–16 Oct) move the due date to 30 Oct")
	void pausedDaysDoNotCount() {
		LicensingRules rules = rulesOn(day("2026-10-16"));
		LicensingCase paused = underReview("2026-09-18")
			.pause(OFFICER, PauseKind.EXPERT_REVIEW, day("2026-10-09"), "专家评审告知书 新发改许告〔2026〕3号", rules)
			.moved()
			.next();

		Deadline whilePaused = statutory(paused, "2026-10-16");
		assertThat(whilePaused.paused()).isTrue();
		assertThat(whilePaused.due()).isEqualTo(day("2026-10-30"));

		LicensingCase resumed = paused.resume(OFFICER, day("2026-10-16"), rules).moved().next();
		assertThat(resumed.deadlines().pausedWorkingDays(CAL, day("2026-10-30"))).isEqualTo(6);
		assertThat(statutory(resumed, "2026-10-27").due()).isEqualTo(day("2026-10-30"));
		assertThat(statutory(resumed, "2026-10-27").paused()).isFalse();
	}

	@Test
	@DisplayName("XK-45 第四十五条: a pause needs a written notice to the applicant")
	void pauseNeedsWrittenNotice() {
		TransitionRefused refused = underReview("2026-09-18")
			.pause(OFFICER, PauseKind.TESTING, day("2026-10-09"), " ", rulesOn(day("2026-10-09")))
			.refused();

		assertThat(refused.rule()).isEqualTo(Rule.XK_45);
		assertThat(refused.reason()).contains("书面告知");
	}

	@Test
	@DisplayName("XK-32b 第三十二条: the correction window of an application received Tue 29 Sep ends Mon 12 Oct")
	void correctionWindowAcrossNationalDay() {
		LicensingCase c = received("2026-09-29");

		assertThat(c.clocks(CAL, day("2026-10-09"))).singleElement().satisfies(d -> {
			assertThat(d.name()).isEqualTo("补正告知期限");
			assertThat(d.due()).isEqualTo(day("2026-10-12"));
			assertThat(d.workingDaysLeft()).isEqualTo(2);
			assertThat(d.urgency()).isEqualTo(Urgency.WARNING);
		});
	}

	@Test
	@DisplayName("XK-44 第四十四条: a licence granted Mon 28 Sep is due for delivery by Fri 16 Oct")
	void deliveryDeadlineAfterGrant() {
		LicensingRules rules = rulesOn(day("2026-09-28"));
		LicensingCase granted = underReview("2026-09-18")
			.grant(OFFICER, DIRECTOR, day("2026-09-28"), "准予核准", null, "新发改许〔2026〕12号", day("2028-09-27"), rules)
			.moved()
			.next();

		assertThat(granted.clocks(CAL, day("2026-10-15"))).singleElement().satisfies(d -> {
			assertThat(d.name()).isEqualTo("许可证送达期限");
			assertThat(d.due()).isEqualTo(day("2026-10-16"));
			assertThat(d.rule()).isEqualTo(Rule.XK_44);
		});
	}

	private static Deadline statutory(LicensingCase c, String asOf) {
		return c.clocks(CAL, day(asOf)).get(0);
	}

}
