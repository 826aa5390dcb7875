package org.sanxiang.casework.licensing;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.sanxiang.casework.ApplicationAccepted;
import org.sanxiang.casework.ApplicationNotAccepted;
import org.sanxiang.casework.CorrectionRequested;
import org.sanxiang.casework.ItemVersion;
import org.sanxiang.casework.licensing.LicensingState.AwaitingCorrection;
import org.sanxiang.casework.licensing.LicensingState.Received;
import org.sanxiang.casework.licensing.LicensingState.UnderReview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.casework.licensing.LicensingFixtures.*;

/**
 * 受理 and 补正 (行政许可法 第三十二条; RULES.md XK-32a, XK-32b), across the 2026 National Day holiday.
 */
class AcceptanceTests {

	// Received Tue 29 Sep 2026: working days after it are 30 Sep, 8, 9, 10 (调休 Saturday)
	// and 12 Oct.

	@Test
	@DisplayName("XK-32b 第三十二条: a correction notice on the 5th working day after receipt, across National Day, is allowed")
	void correctionNoticeOnTheFifthWorkingDayIsAllowed() {
		LicensingCase received = received("2026-09-29");

		Outcome outcome = received.requestCorrection(CLERK, day("2026-10-12"), List.of("项目申请报告", "选址意见书"),
				rulesOn(day("2026-10-12")));

		assertThat(outcome.moved().next().state())
			.isEqualTo(new AwaitingCorrection(day("2026-10-12"), List.of("项目申请报告", "选址意见书")));
		CorrectionRequested event = (CorrectionRequested) outcome.moved().event();
		assertThat(event.missing()).containsExactly("项目申请报告", "选址意见书");
		assertThat(event.recorded().item()).isEqualTo(new ItemVersion("XK-001", 3, "企业投资项目核准"));
		assertThat(event.recorded().actor()).isEqualTo(CLERK);
	}

	@Test
	@DisplayName("XK-32b 第三十二条、第八十二条: a correction notice after 5 working days is refused — the application counts as accepted on the receipt day")
	void correctionNoticeTooLateIsRefused() {
		TransitionRefused refused = received("2026-09-29")
			.requestCorrection(CLERK, day("2026-10-13"), List.of("项目申请报告"), rulesOn(day("2026-10-13")))
			.refused();

		assertThat(refused.rule()).isEqualTo(Rule.XK_32B);
		assertThat(refused.article()).contains("第三十二条").contains("第八十二条");
		assertThat(refused.reason()).contains("2026-10-12").contains("2026-09-29");
		assertThat(refused.state()).isEqualTo("已接收");
	}

	@Test
	@DisplayName("XK-32b 第三十二条: no correction notice in time ⇒ the platform records acceptance on the day of receipt, with the rule")
	void noNoticeInTimeMeansAcceptedOnReceiptDay() {
		Outcome outcome = received("2026-09-29").deemAccepted(rulesOn(day("2026-10-13")));

		assertThat(outcome.moved().next().state()).isEqualTo(new UnderReview(day("2026-09-29")));
		ApplicationAccepted event = (ApplicationAccepted) outcome.moved().event();
		assertThat(event.deemed()).isTrue();
		assertThat(event.acceptedOn()).isEqualTo(day("2026-09-29"));
		assertThat(event.rule()).isEqualTo("XK-32b");
		assertThat(event.article()).contains("第三十二条");
		assertThat(event.recorded().actor().name()).isEqualTo("系统");
	}

	@Test
	@DisplayName("XK-32b 第三十二条: acceptance is not deemed while the 5 working days are still running")
	void notDeemedWhileTheWindowIsOpen() {
		TransitionRefused refused = received("2026-09-29").deemAccepted(rulesOn(day("2026-10-12"))).refused();

		assertThat(refused.rule()).isEqualTo(Rule.XK_32B);
		assertThat(refused.reason()).contains("尚未届满");
	}

	@Test
	@DisplayName("XK-32b 第三十二条: a clerk accepting after the window records the acceptance the law already made on the receipt day")
	void lateAcceptanceIsRecordedAsDeemedOnReceiptDay() {
		ApplicationAccepted event = (ApplicationAccepted) received("2026-09-29")
			.accept(CLERK, day("2026-10-14"), NOTHING_MISSING, rulesOn(day("2026-10-14")))
			.moved()
			.event();

		assertThat(event.deemed()).isTrue();
		assertThat(event.acceptedOn()).isEqualTo(day("2026-09-29"));
	}

	@Test
	@DisplayName("XK-32b 第三十二条: correction is told once — a second notice after the corrected materials is refused")
	void secondCorrectionNoticeIsRefused() {
		LicensingRules rules = rulesOn(day("2026-10-20"));
		LicensingCase corrected = received("2026-09-29")
			.requestCorrection(CLERK, day("2026-09-30"), List.of("项目申请报告"), rules)
			.moved()
			.next()
			.submitCorrection(CLERK, day("2026-10-16"), rules)
			.moved()
			.next();
		assertThat(corrected.state()).isEqualTo(new Received(day("2026-10-16"), true));

		TransitionRefused refused = corrected.requestCorrection(CLERK, day("2026-10-19"), List.of("环评批复"), rules)
			.refused();

		assertThat(refused.rule()).isEqualTo(Rule.XK_32B);
		assertThat(refused.reason()).contains("一次性");
	}

	@Test
	@DisplayName("XK-32b 第三十二条: a corrected application returns to acceptance and can be accepted")
	void correctedApplicationReturnsToAcceptance() {
		LicensingRules rules = rulesOn(day("2026-10-20"));
		LicensingCase accepted = received("2026-09-29")
			.requestCorrection(CLERK, day("2026-09-30"), List.of("项目申请报告"), rules)
			.moved()
			.next()
			.submitCorrection(CLERK, day("2026-10-16"), rules)
			.moved()
			.next()
			.accept(CLERK, day("2026-10-19"), NOTHING_MISSING, rules)
			.moved()
			.next();

		assertThat(accepted.state()).isEqualTo(new UnderReview(day("2026-10-19")));
		assertThat(accepted.revision()).isEqualTo(3);
	}

	@Test
	@DisplayName("XK-32b 第三十二条: the clerk cannot accept while a required material is missing, and is told every one of them")
	void acceptanceIsRefusedWhileARequiredMaterialIsMissing() {
		LicensingCase received = received("2026-09-29");

		TransitionRefused refused = received
			.accept(CLERK, day("2026-09-30"), List.of("项目申请报告", "依法应当附具的相关文件"), rulesOn(day("2026-09-30")))
			.refused();

		assertThat(refused.rule()).isEqualTo(Rule.XK_32B);
		assertThat(refused.byState()).isFalse();
		assertThat(refused.reason()).contains("项目申请报告", "依法应当附具的相关文件");
		assertThat(refused.message()).contains("XK-32b", "第三十二条");
		assertThat(refused.state()).isEqualTo("已接收");
	}

	@Test
	@DisplayName("XK-32b 第三十二条: once the correction window lapsed, acceptance is the law's on the receipt day — missing materials do not hold it back")
	void lapsedWindowAcceptsDespiteMissingMaterials() {
		ApplicationAccepted event = (ApplicationAccepted) received("2026-09-29")
			.accept(CLERK, day("2026-10-14"), List.of("项目申请报告"), rulesOn(day("2026-10-14")))
			.moved()
			.event();

		assertThat(event.deemed()).isTrue();
		assertThat(event.acceptedOn()).isEqualTo(day("2026-09-29"));
		// the platform's own deemed acceptance never asks about materials at all
		assertThat(received("2026-09-29").deemAccepted(rulesOn(day("2026-10-13"))).moved().next().state())
			.isEqualTo(new UnderReview(day("2026-09-29")));
	}

	@Test
	@DisplayName("XK-32b 第三十二条: a correction notice must list what is missing")
	void correctionNoticeNeedsTheList() {
		TransitionRefused refused = received("2026-09-29")
			.requestCorrection(CLERK, day("2026-09-30"), List.of(), rulesOn(day("2026-09-30")))
			.refused();

		assertThat(refused.rule()).isEqualTo(Rule.XK_32B);
		assertThat(refused.reason()).contains("全部材料");
	}

	@Test
	@DisplayName("XK-32a 第三十二条: not accepted as another agency's matter only when the body to apply to is named")
	void notAcceptedOutsideOurPowerNamesTheCompetentBody() {
		LicensingRules rules = rulesOn(day("2026-09-30"));
		LicensingCase received = received("2026-09-29");

		TransitionRefused refused = received
			.notAccept(CLERK, day("2026-09-30"), NonAcceptanceGround.OUTSIDE_OUR_POWER, "属省级核准权限", " ", rules)
			.refused();
		assertThat(refused.rule()).isEqualTo(Rule.XK_32A);
		assertThat(refused.reason()).contains("有关行政机关");

		Outcome outcome = received.notAccept(CLERK, day("2026-09-30"), NonAcceptanceGround.OUTSIDE_OUR_POWER, "属省级核准权限",
				"湖南省发展和改革委员会", rules);
		ApplicationNotAccepted event = (ApplicationNotAccepted) outcome.moved().event();
		assertThat(event.competentBody()).isEqualTo("湖南省发展和改革委员会");
		assertThat(outcome.moved().next().state().label()).isEqualTo("不予受理");
	}

	@Test
	@DisplayName("XK-32a 第三十二条: not accepted needs a reason")
	void notAcceptedNeedsAReason() {
		TransitionRefused refused = received("2026-09-29")
			.notAccept(CLERK, day("2026-09-30"), NonAcceptanceGround.NOT_A_LICENSING_MATTER, "", null,
					rulesOn(day("2026-09-30")))
			.refused();

		assertThat(refused.rule()).isEqualTo(Rule.XK_32A);
	}

	@Test
	@DisplayName("XK-32b 第三十二条: once the window lapsed without a notice the application is accepted and can no longer be not accepted")
	void noNonAcceptanceAfterDeemedAcceptance() {
		TransitionRefused refused = received("2026-09-29")
			.notAccept(CLERK, day("2026-10-13"), NonAcceptanceGround.OTHER, "材料不全", null, rulesOn(day("2026-10-13")))
			.refused();

		assertThat(refused.rule()).isEqualTo(Rule.XK_32B);
		assertThat(refused.reason()).contains("视为受理");
	}

	@Test
	@DisplayName("JL-1 全过程记录: an act cannot be recorded on a day still to come")
	void futureDatesAreRefused() {
		TransitionRefused refused = received("2026-09-29")
			.accept(CLERK, day("2026-09-30"), NOTHING_MISSING, rulesOn(day("2026-09-29")))
			.refused();

		assertThat(refused.rule()).isEqualTo(Rule.JL_1);
		assertThat(refused.reason()).contains("晚于今天");
	}

	@Test
	void anActionTheStateDoesNotAllowIsRefusedNamingTheStateAndTheAllowedActions() {
		TransitionRefused refused = received("2026-09-29")
			.deliver(CLERK, day("2026-09-29"), new Delivery.Postal("EMS1", day("2026-09-29")), SCANNED,
					MediaRecord.none("送达"), rulesOn(day("2026-09-29")))
			.refused();

		assertThat(refused.byState()).isTrue();
		assertThat(refused.state()).isEqualTo("已接收");
		assertThat(refused.action()).isEqualTo(CaseAction.DELIVER);
		assertThat(refused.allowed()).containsExactly(CaseAction.ACCEPT, CaseAction.REQUEST_CORRECTION,
				CaseAction.NOT_ACCEPT, CaseAction.DEEM_ACCEPTED);
		assertThat(refused.message()).contains("已接收").contains("送达").contains("受理");
	}

}
