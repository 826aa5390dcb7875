package org.sanxiang.casework.licensing;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.sanxiang.casework.HearingRightNotified;
import org.sanxiang.casework.HearingScheduled;
import org.sanxiang.casework.InterestedPartiesNotified;
import org.sanxiang.casework.StatementRecorded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.casework.licensing.LicensingFixtures.*;

/**
 * 利害关系人 (行政许可法 第三十六条, RULES.md XK-36): the agency tells the interested parties, who with
 * the applicant may state their case; notices of a hearing go to them too (第四十七条、第四十八条).
 */
class InterestedPartyTests {

	private static final String APPLICANT = "新田县某某能源有限公司";

	private final LicensingRules rules = rulesOn(day("2026-11-30"));

	private LicensingCase told() {
		return underReview("2026-09-18")
			.notifyInterestedParties(OFFICER, day("2026-09-21"), List.of("新田县龙泉镇某村村民委员会", "相邻企业甲"),
					"拟建项目与贵方相邻，可于5个工作日内陈述、申辩", this.rules)
			.moved()
			.next();
	}

	@Test
	@DisplayName("XK-36 第三十六条: the interested parties are told by name, with what and when, and the case remembers them")
	void interestedPartiesAreToldAndRemembered() {
		Outcome outcome = underReview("2026-09-18").notifyInterestedParties(OFFICER, day("2026-09-21"),
				List.of("新田县龙泉镇某村村民委员会", " 相邻企业甲 "), "拟建项目与贵方相邻，可陈述、申辩", this.rules);

		InterestedPartiesNotified event = (InterestedPartiesNotified) outcome.moved().event();
		assertThat(event.parties()).containsExactly("新田县龙泉镇某村村民委员会", "相邻企业甲");
		assertThat(event.notice()).contains("陈述、申辩");
		assertThat(event.notifiedOn()).isEqualTo(day("2026-09-21"));
		assertThat(outcome.moved().next().interestedParties()).containsExactly("新田县龙泉镇某村村民委员会", "相邻企业甲");

		LicensingCase again = outcome.moved()
			.next()
			.notifyInterestedParties(OFFICER, day("2026-09-22"), List.of("相邻企业甲", "相邻企业乙"), "补充告知", this.rules)
			.moved()
			.next();
		assertThat(again.interestedParties()).containsExactly("新田县龙泉镇某村村民委员会", "相邻企业甲", "相邻企业乙");
	}

	@Test
	@DisplayName("XK-36 第三十六条: a notice names the interested parties and what they were told")
	void aNoticeWithoutPartiesOrContentIsRefused() {
		LicensingCase c = underReview("2026-09-18");

		TransitionRefused noParties = c.notifyInterestedParties(OFFICER, day("2026-09-21"), List.of(), "告知", this.rules)
			.refused();
		TransitionRefused noContent = c
			.notifyInterestedParties(OFFICER, day("2026-09-21"), List.of("相邻企业甲"), " ", this.rules)
			.refused();

		assertThat(noParties.rule()).isEqualTo(Rule.XK_36);
		assertThat(noContent.rule()).isEqualTo(Rule.XK_36);
		assertThat(noContent.reason()).contains("告知");
	}

	@Test
	@DisplayName("XK-36 第三十六条: the applicant and the interested parties state their case, each recorded with who they are")
	void applicantAndInterestedPartiesStateTheirCase() {
		LicensingCase told = told();

		StatementRecorded byParty = (StatementRecorded) told
			.recordStatement(OFFICER, day("2026-09-24"), "相邻企业甲", "项目噪声影响我厂生产", this.rules)
			.moved()
			.event();
		StatementRecorded byApplicant = (StatementRecorded) told
			.recordStatement(OFFICER, day("2026-09-24"), APPLICANT, "已采取隔音措施", this.rules)
			.moved()
			.event();

		assertThat(byParty.standing()).isEqualTo("利害关系人");
		assertThat(byParty.statement()).isEqualTo("项目噪声影响我厂生产");
		assertThat(byApplicant.standing()).isEqualTo("申请人");
		assertThat(byApplicant.madeOn()).isEqualTo(day("2026-09-24"));
	}

	@Test
	@DisplayName("XK-36 第三十六条: only the applicant or an interested party told may state a case, and it says something")
	void aStrangerOrAnEmptyStatementIsRefused() {
		LicensingCase told = told();

		TransitionRefused stranger = told.recordStatement(OFFICER, day("2026-09-24"), "路人丙", "反对", this.rules)
			.refused();
		TransitionRefused empty = told.recordStatement(OFFICER, day("2026-09-24"), "相邻企业甲", "", this.rules).refused();

		assertThat(stranger.rule()).isEqualTo(Rule.XK_36);
		assertThat(stranger.reason()).contains("相邻企业甲");
		assertThat(empty.rule()).isEqualTo(Rule.XK_36);
	}

	@Test
	@DisplayName("XK-47 第四十七条, XK-48 第四十八条: the notice of the hearing right and of the hearing go to the applicant and every interested party")
	void hearingNoticesGoToApplicantAndInterestedParties() {
		Outcome notified = told().notifyHearingRight(OFFICER, day("2026-09-29"), this.rules);
		HearingRightNotified right = (HearingRightNotified) notified.moved().event();
		assertThat(right.parties()).containsExactly(APPLICANT, "新田县龙泉镇某村村民委员会", "相邻企业甲");

		HearingScheduled scheduled = (HearingScheduled) notified.moved()
			.next()
			.requestHearing(CLERK, day("2026-10-09"), HearingBasis.REQUESTED, this.rules)
			.moved()
			.next()
			.scheduleHearing(OFFICER, day("2026-10-12"), day("2026-10-21"), "o-zhao", "局三楼会议室", this.rules)
			.moved()
			.event();
		assertThat(scheduled.parties()).containsExactly(APPLICANT, "新田县龙泉镇某村村民委员会", "相邻企业甲");
	}

}
