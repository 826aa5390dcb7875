package org.sanxiang.casework.licensing;

import org.sanxiang.calendar.WorkingDays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.ApplicationAccepted;
import org.sanxiang.casework.DecisionPeriodExtended;
import org.sanxiang.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.casework.licensing.LicensingFixtures.*;

/**
 * The handling mode chosen at acceptance sets the period and its extension:
 * 统一办理、联合办理、集中办理 45 + 15 working days with the people's government head's approval (行政许可法
 * 第四十二条第二款, XK-42b); a lower level's preliminary review 20 working days (第四十三条, XK-43);
 * working days on the 2026 calendar (第八十二条).
 */
class HandlingModeTests {

	private static final WorkingDays CAL = WorkingDays.shipped();

	private final LicensingRules rules = rulesOn(day("2026-12-31"));

	private LicensingCase accepted(HandlingMode mode) {
		Outcome outcome = received("2026-09-18").accept(CLERK, day("2026-09-18"), mode, NOTHING_MISSING,
				rulesOn(day("2026-09-18")));
		return outcome.moved().next();
	}

	@Test
	@DisplayName("XK-42 第四十二条第一款: an application accepted without a mode is handled ordinarily — 20 working days")
	void ordinaryIsTheDefault() {
		LicensingCase c = received("2026-09-18")
			.accept(CLERK, day("2026-09-18"), NOTHING_MISSING, rulesOn(day("2026-09-18")))
			.moved()
			.next();

		assertThat(c.deadlines().mode()).isEqualTo(HandlingMode.ORDINARY);
		assertThat(c.deadlines().decisionDue(CAL, day("2026-09-18"))).isEqualTo(day("2026-10-22"));
		assertThat(c.clocks(CAL, day("2026-09-18")).get(0).rule()).isEqualTo(Rule.XK_42);
	}

	@Test
	@DisplayName("XK-42b 第四十二条第二款: unified, joint or concentrated handling has 45 working days, from Fri 18 Sep to Thu 26 Nov across National Day")
	void jointHandlingHasFortyFiveWorkingDays() {
		Outcome outcome = received("2026-09-18").accept(CLERK, day("2026-09-18"), HandlingMode.JOINT, NOTHING_MISSING,
				rulesOn(day("2026-09-18")));
		LicensingCase c = outcome.moved().next();

		assertThat(((ApplicationAccepted) outcome.moved().event()).handlingMode()).isEqualTo("统一办理、联合办理、集中办理");
		assertThat(c.deadlines().decisionDue(CAL, day("2026-09-18"))).isEqualTo(day("2026-11-26"));
		Deadline clock = c.clocks(CAL, day("2026-09-18")).get(0);
		assertThat(clock.rule()).isEqualTo(Rule.XK_42B);
		assertThat(clock.rule().article()).contains("第四十二条第二款");
	}

	@Test
	@DisplayName("XK-42b 第四十二条第二款: the joint period is extended once by 15 working days with the people's government head's approval")
	void jointHandlingExtendsByFifteenWorkingDays() {
		LicensingCase c = accepted(HandlingMode.JOINT);

		Outcome extended = c.extend(DIRECTOR, DIRECTOR, day("2026-11-20"), "需多部门联合踏勘", this.rules);

		DecisionPeriodExtended event = (DecisionPeriodExtended) extended.moved().event();
		assertThat(event.workingDays()).isEqualTo(15);
		assertThat(extended.moved().next().deadlines().decisionDue(CAL, day("2026-11-20")))
			.isEqualTo(day("2026-12-17"));

		TransitionRefused third = extended.moved()
			.next()
			.extend(DIRECTOR, DIRECTOR, day("2026-11-25"), "仍需踏勘", this.rules)
			.refused();
		assertThat(third.rule()).isEqualTo(Rule.XK_42B);
		assertThat(third.reason()).contains("只能延长一次");
	}

	@Test
	@DisplayName("XK-42b 第四十二条第二款: a joint extension without a 负责人 recording the government head's approval is refused")
	void jointExtensionNeedsTheApproval() {
		Actor officer = Actor.staff("officer", "承办人乙", Role.OFFICER);

		TransitionRefused refused = accepted(HandlingMode.JOINT)
			.extend(officer, officer, day("2026-11-20"), "需多部门联合踏勘", this.rules)
			.refused();

		assertThat(refused.rule()).isEqualTo(Rule.XK_42B);
		assertThat(refused.reason()).contains("本级人民政府负责人");
	}

	@Test
	@DisplayName("XK-43 第四十三条: a lower level's preliminary review finishes within 20 working days of acceptance and is not extended")
	void lowerLevelPreliminaryReviewHasTwentyWorkingDays() {
		LicensingCase c = accepted(HandlingMode.LOWER_LEVEL_PRELIMINARY);

		assertThat(c.deadlines().decisionDue(CAL, day("2026-09-18"))).isEqualTo(day("2026-10-22"));
		assertThat(c.clocks(CAL, day("2026-09-18")).get(0).rule()).isEqualTo(Rule.XK_43);

		TransitionRefused refused = c.extend(DIRECTOR, DIRECTOR, day("2026-10-20"), "需补充调查", this.rules).refused();
		assertThat(refused.rule()).isEqualTo(Rule.XK_43);
		assertThat(refused.reason()).contains("20个工作日");
	}

	@Test
	@DisplayName("XK-32b 第三十二条, XK-42b: a late acceptance counts from receipt and keeps the handling mode chosen")
	void lateAcceptanceKeepsTheMode() {
		LicensingCase c = received("2026-09-18")
			.accept(CLERK, day("2026-10-12"), HandlingMode.JOINT, NOTHING_MISSING, rulesOn(day("2026-10-12")))
			.moved()
			.next();

		assertThat(c.deadlines().acceptedOn()).isEqualTo(day("2026-09-18"));
		assertThat(c.deadlines().mode()).isEqualTo(HandlingMode.JOINT);
		assertThat(c.deadlines().decisionDue(CAL, day("2026-10-12"))).isEqualTo(day("2026-11-26"));
	}

	@Test
	@DisplayName("XK-32b 第三十二条: an acceptance the platform deems is handled ordinarily")
	void deemedAcceptanceIsOrdinary() {
		LicensingCase c = received("2026-09-18").deemAccepted(rulesOn(day("2026-10-12"))).moved().next();

		assertThat(c.deadlines().mode()).isEqualTo(HandlingMode.ORDINARY);
	}

}
