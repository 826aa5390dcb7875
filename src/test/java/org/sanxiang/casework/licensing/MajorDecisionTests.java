package org.sanxiang.casework.licensing;

import java.util.ArrayList;
import java.util.List;

import org.sanxiang.calendar.WorkingDays;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.CaseDecided;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.DecisionGuard;
import org.sanxiang.casework.MajorDecisionFlagCleared;
import org.sanxiang.casework.MajorDecisionFlagged;
import org.sanxiang.catalog.MajorCondition;
import org.sanxiang.catalog.MajorConditionKind;
import org.sanxiang.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.casework.licensing.LicensingFixtures.*;

/**
 * 重大执法决定 (RULES SH-1, SH-2): which decisions of a licensing case are major — the item's
 * listing, the catalogue's conditions matched on the case's facts, an officer's flag —
 * and who may set one aside.
 */
class MajorDecisionTests {

	private static final String ACCEPTED = "2026-09-18";

	private final LicensingRules rules = rulesOn(day("2026-10-20"), DecisionGuard.NO_REVIEW_MODULE, CATALOGUE);

	private final LicensingRules reviewPassed = rulesOn(day("2026-10-20"),
			proposal -> DecisionGuard.Clearance.passed("重大行政执法决定法制审核意见书〔2026〕1号"), CATALOGUE);

	private static List<String> codes(LicensingCase c) {
		return c.majorConditions().stream().map(MajorMatch::code).toList();
	}

	private LicensingCase withInterestedParties() {
		return underReview(ACCEPTED, CATALOGUE)
			.notifyInterestedParties(OFFICER, day("2026-09-21"), List.of("新田县某村村民委员会"), "项目选址涉及你村集体土地", this.rules)
			.moved()
			.next();
	}

	private LicensingCase flagged(String condition, String label) {
		return underReview(ACCEPTED, CATALOGUE)
			.flagMajor(OFFICER, day("2026-09-22"), condition, label, "项目涉及土地、环保、规划多个法律关系", this.rules)
			.moved()
			.next();
	}

	@Test
	@DisplayName("SH-2: a case of an item outside the catalogue, with no condition met, is not major and is decided without review")
	void aCaseMeetingNoConditionIsNotMajor() {
		LicensingCase c = underReview(ACCEPTED, CATALOGUE);

		assertThat(c.major()).isFalse();
		assertThat(c.majorConditions()).isEmpty();
		assertThat(c.grant(OFFICER, DIRECTOR, day("2026-09-28"), "准予核准", null, "新发改许〔2026〕12号", day("2028-12-31"),
				this.rules))
			.isInstanceOf(Outcome.Moved.class);
	}

	@Test
	@DisplayName("SH-2: an item listed in the catalogue makes every decision on it major")
	void anItemInTheCatalogueIsMajor() {
		LicensingCase c = underReview(ACCEPTED, true);

		assertThat(c.majorConditions()).singleElement().satisfies(m -> {
			assertThat(m.code()).isEqualTo(MajorMatch.ITEM);
			assertThat(m.source()).isEqualTo(MajorMatch.Source.ITEM);
			assertThat(m.fact()).contains("企业投资项目核准");
		});
	}

	@Test
	@DisplayName("SH-2, XK-36 第三十六条: interested parties told of their major interests make the decision major; SH-1 refuses it without a passed review")
	void interestedPartiesMakeTheDecisionMajor() {
		LicensingCase c = withInterestedParties();

		assertThat(c.majorConditions()).singleElement().satisfies(m -> {
			assertThat(m.kind()).isEqualTo(MajorConditionKind.MAJOR_INTERESTS);
			assertThat(m.source()).isEqualTo(MajorMatch.Source.FACTS);
			assertThat(m.fact()).contains("新田县某村村民委员会").contains("XK-36");
		});
		TransitionRefused refused = c
			.grant(OFFICER, DIRECTOR, day("2026-09-28"), "准予核准", null, "新发改许〔2026〕12号", day("2028-12-31"), this.rules)
			.refused();
		assertThat(refused.rule()).isEqualTo(Rule.SH_1);
		CaseDecided decided = (CaseDecided) c
			.grant(OFFICER, DIRECTOR, day("2026-09-28"), "准予核准", null, "新发改许〔2026〕12号", day("2028-12-31"),
					this.reviewPassed)
			.moved()
			.event();
		assertThat(decided.major()).isTrue();
	}

	@Test
	@DisplayName("SH-2, XK-47 第四十七条: telling the right to a hearing is a finding of major interests")
	void theHearingRightNoticeMakesTheDecisionMajor() {
		LicensingCase c = underReview(ACCEPTED, CATALOGUE).notifyHearingRight(OFFICER, day("2026-09-21"), this.rules)
			.moved()
			.next();

		assertThat(codes(c)).containsExactly("MAJOR_INTERESTS");
		assertThat(c.majorConditions().get(0).fact()).contains("2026-09-21").contains("XK-47");
	}

	@Test
	@DisplayName("SH-2, XK-46 第四十六条: a matter found to involve the public interest is major")
	void publicInterestIsMajor() {
		LicensingCase c = underReview(ACCEPTED, CATALOGUE)
			.markPublicInterest(OFFICER, day("2026-09-21"), "项目影响县城饮用水水源", this.rules)
			.moved()
			.next();

		assertThat(codes(c)).containsExactly("PUBLIC_INTEREST");
		assertThat(c.majorConditions().get(0).fact()).contains("县城饮用水水源");
	}

	@Test
	@DisplayName("SH-2: a condition the agency disabled does not make the decision major")
	void aDisabledConditionDoesNotMatch() {
		List<MajorCondition> without = new ArrayList<>(CATALOGUE);
		without.set(1, condition(MajorConditionKind.MAJOR_INTERESTS, false, false));
		LicensingRules rules = rulesOn(day("2026-10-20"), DecisionGuard.NO_REVIEW_MODULE, without);
		LicensingCase c = underReview(ACCEPTED, without)
			.notifyInterestedParties(OFFICER, day("2026-09-21"), List.of("新田县某村村民委员会"), "告知", rules)
			.moved()
			.next();

		assertThat(c.major()).isFalse();
		assertThat(c.majorAssessment().catalogue()).extracting(MajorCondition::code).doesNotContain("MAJOR_INTERESTS");
	}

	@Test
	@DisplayName("SH-2: an agency that has recorded no catalogue applies the statutory minimum")
	void withoutACatalogueTheMinimumApplies() {
		LicensingCase c = underReview(ACCEPTED, List.of())
			.notifyInterestedParties(OFFICER, day("2026-09-21"), List.of("新田县某村村民委员会"), "告知", this.rules)
			.moved()
			.next();

		assertThat(c.majorAssessment().catalogue()).isEqualTo(MajorAssessment.STATUTORY_MINIMUM);
		assertThat(codes(c)).containsExactly("MAJOR_INTERESTS");
	}

	@Test
	@DisplayName("SH-2: the case keeps the catalogue in force for its agency on the day of receipt, as it keeps the item version")
	void theCaseKeepsTheCatalogueOfItsReceipt() {
		List<String> asked = new ArrayList<>();
		LicensingRules rules = new LicensingRules(WorkingDays.shipped(), rulesOn(day(ACCEPTED)).clock(),
				DecisionGuard.NO_REVIEW_MODULE, null, (agency, on) -> {
					asked.add(agency + "@" + on);
					return CATALOGUE;
				});
		LicensingCase c = LicensingCase.receive(CaseId.random(), item(false, 10), "申请人", CLERK, day(ACCEPTED), rules)
			.moved()
			.next();

		assertThat(asked).containsExactly(AGENCY + "@" + ACCEPTED);
		assertThat(c.majorAssessment().catalogue()).isEqualTo(CATALOGUE);
		// later transitions carry it unchanged, whatever the catalogue says then
		LicensingCase accepted = c.accept(CLERK, day(ACCEPTED), NOTHING_MISSING, rulesOn(day(ACCEPTED))).moved().next();
		assertThat(accepted.majorAssessment()).isEqualTo(c.majorAssessment());
	}

	@Test
	@DisplayName("SH-2: a case stored before the catalogue existed applies the statutory minimum")
	void aCaseStoredWithoutAnAssessmentAppliesTheMinimum() {
		LicensingCase c = underReview(ACCEPTED, CATALOGUE);
		LicensingCase legacy = new LicensingCase(c.id(), c.item(), c.applicant(), c.state(), c.deadlines(),
				c.officers(), day("2026-09-21"), null, null, List.of(), null, null, c.revision());

		assertThat(legacy.majorAssessment().catalogue()).isEqualTo(MajorAssessment.STATUTORY_MINIMUM);
		assertThat(codes(legacy)).containsExactly("MAJOR_INTERESTS");
	}

	@Test
	@DisplayName("SH-2: an officer flags a complex case with the reason; the catalogue asks for collective discussion")
	void anOfficerFlagsAComplexCase() {
		Outcome outcome = underReview(ACCEPTED, CATALOGUE).flagMajor(OFFICER, day("2026-09-22"), "COMPLEX_NOVEL", null,
				"项目涉及土地、环保、规划多个法律关系", this.rules);

		MajorDecisionFlagged event = (MajorDecisionFlagged) outcome.moved().event();
		assertThat(event.condition()).isEqualTo("COMPLEX_NOVEL");
		assertThat(event.kind()).isEqualTo(MajorConditionKind.COMPLEX_NOVEL);
		assertThat(event.collectiveDiscussion()).isTrue();
		assertThat(event.reason()).isEqualTo("项目涉及土地、环保、规划多个法律关系");
		LicensingCase c = outcome.moved().next();
		assertThat(c.major()).isTrue();
		assertThat(c.collectiveDiscussionRequired()).isTrue();
		assertThat(c.majorConditions()).singleElement().satisfies(m -> {
			assertThat(m.source()).isEqualTo(MajorMatch.Source.FLAG);
			assertThat(m.fact()).contains("多个法律关系").contains("承办人乙");
		});
	}

	@Test
	@DisplayName("SH-2: a flag names the reason; without one it is refused and nothing changes")
	void aFlagWithoutReasonIsRefused() {
		LicensingCase c = underReview(ACCEPTED, CATALOGUE);

		TransitionRefused refused = c.flagMajor(OFFICER, day("2026-09-22"), "COMPLEX_NOVEL", null, " ", this.rules)
			.refused();

		assertThat(refused.rule()).isEqualTo(Rule.SH_2);
		assertThat(refused.byState()).isFalse();
		assertThat(refused.reason()).contains("理由");
	}

	@Test
	@DisplayName("SH-2: another condition is flagged under its catalogue code, or under the name the officer gives")
	void otherConditionsAreFlaggedByCodeOrByName() {
		LicensingCase listed = flagged("OTHER-1", null);
		assertThat(listed.majorConditions()).singleElement()
			.satisfies(m -> assertThat(m.label()).isEqualTo("涉及多个部门联合审批的"));

		TransitionRefused unnamed = underReview(ACCEPTED, CATALOGUE)
			.flagMajor(OFFICER, day("2026-09-22"), "OTHER", " ", "理由", this.rules)
			.refused();
		assertThat(unnamed.reason()).contains("名称");

		LicensingCase named = flagged("OTHER", "涉及历史遗留问题");
		assertThat(named.majorConditions()).singleElement().satisfies(m -> {
			assertThat(m.code()).isEqualTo("OTHER:涉及历史遗留问题");
			assertThat(m.kind()).isEqualTo(MajorConditionKind.OTHER);
			assertThat(m.basis()).isEqualTo("承办人认定");
		});
		// a name typed beside a listed 其他 entry is the officer's own condition
		assertThat(flagged("OTHER-1", "涉及信访").majorConditions()).extracting(MajorMatch::code)
			.containsExactly("OTHER:涉及信访");
	}

	@Test
	@DisplayName("SH-2: a condition read from the facts, an unknown one or one already flagged is not flagged")
	void computedUnknownAndRepeatedFlagsAreRefused() {
		LicensingCase c = underReview(ACCEPTED, CATALOGUE);

		assertThat(c.flagMajor(OFFICER, day("2026-09-22"), "AFTER_HEARING", null, "理由", this.rules).refused().reason())
			.contains("由系统根据案件事实认定");
		assertThat(c.flagMajor(OFFICER, day("2026-09-22"), "NO-SUCH", null, "理由", this.rules).refused().reason())
			.contains("没有情形");
		assertThat(flagged("COMPLEX_NOVEL", null)
			.flagMajor(OFFICER, day("2026-09-23"), "COMPLEX_NOVEL", null, "再次", this.rules)
			.refused()
			.reason()).contains("已标记");
	}

	@Test
	@DisplayName("SH-2: no flag before the case is accepted")
	void noFlagBeforeAcceptance() {
		LicensingCase received = LicensingCase
			.receive(CaseId.random(), item(false, 10), "申请人", CLERK, day(ACCEPTED), this.rules)
			.moved()
			.next();

		assertThat(received.allowedActions()).doesNotContain(CaseAction.FLAG_MAJOR, CaseAction.CLEAR_MAJOR_FLAG);
		assertThat(
				received.flagMajor(OFFICER, day(ACCEPTED), "COMPLEX_NOVEL", null, "理由", this.rules).refused().byState())
			.isTrue();
	}

	@Test
	@DisplayName("SH-2: only a 负责人 sets a computed condition aside, with the reason")
	void onlyADirectorClearsAComputedCondition() {
		LicensingCase c = withInterestedParties();
		Actor reviewer = Actor.staff("reviewer", "审核员丁", Role.REVIEWER);

		assertThat(c.clearMajorFlag(OFFICER, day("2026-09-22"), "MAJOR_INTERESTS", "利害关系人书面放弃", this.rules)
			.refused()
			.reason()).contains("负责人");
		assertThat(c.clearMajorFlag(reviewer, day("2026-09-22"), "MAJOR_INTERESTS", "利害关系人书面放弃", this.rules)
			.refused()
			.rule()).isEqualTo(Rule.SH_2);
		assertThat(c.clearMajorFlag(DIRECTOR, day("2026-09-22"), "MAJOR_INTERESTS", "", this.rules).refused().reason())
			.contains("理由");
		assertThat(
				c.clearMajorFlag(DIRECTOR, day("2026-09-22"), "AFTER_HEARING", "未举行听证", this.rules).refused().reason())
			.contains("MAJOR_INTERESTS");

		Outcome cleared = c.clearMajorFlag(DIRECTOR, day("2026-09-22"), "MAJOR_INTERESTS", "利害关系人仅为相邻单位，不涉及重大权益",
				this.rules);
		MajorDecisionFlagCleared event = (MajorDecisionFlagCleared) cleared.moved().event();
		assertThat(event.condition()).isEqualTo("MAJOR_INTERESTS");
		assertThat(event.source()).isEqualTo("依案件事实认定");
		assertThat(event.recorded().actor()).isEqualTo(DIRECTOR);
		LicensingCase next = cleared.moved().next();
		assertThat(next.major()).isFalse();
		assertThat(next.majorAssessment().cleared()).singleElement()
			.satisfies(x -> assertThat(x.reason()).contains("相邻单位"));
		// more parties told later: the condition stays set aside
		assertThat(next.notifyInterestedParties(OFFICER, day("2026-09-23"), List.of("另一家企业"), "告知", this.rules)
			.moved()
			.next()
			.major()).isFalse();
	}

	@Test
	@DisplayName("SH-2: an officer's flag is withdrawn only through a 负责人, and can be raised again")
	void aFlagIsWithdrawnThroughADirector() {
		LicensingCase c = flagged("COMPLEX_NOVEL", null);
		assertThat(c.allowedActions()).contains(CaseAction.CLEAR_MAJOR_FLAG);

		LicensingCase withdrawn = c
			.clearMajorFlag(DIRECTOR, day("2026-09-23"), "COMPLEX_NOVEL", "经核实法律关系清楚，承办人撤回标记", this.rules)
			.moved()
			.next();

		assertThat(withdrawn.major()).isFalse();
		assertThat(withdrawn.majorAssessment().flags()).isEmpty();
		assertThat(withdrawn.majorAssessment().cleared()).isEmpty();
		assertThat(withdrawn.allowedActions()).contains(CaseAction.FLAG_MAJOR)
			.doesNotContain(CaseAction.CLEAR_MAJOR_FLAG);
		assertThat(withdrawn.flagMajor(OFFICER, day("2026-09-24"), "COMPLEX_NOVEL", null, "新情况", this.rules))
			.isInstanceOf(Outcome.Moved.class);
	}

	@Test
	@DisplayName("SH-2, XK-8 第八条: withdrawing a licence is major even when its case was not; 注销 is not")
	void withdrawalIsMajorCancellationIsNot() {
		LicensingCase delivered = delivered(underReview(ACCEPTED, CATALOGUE));

		assertThat(delivered.major()).isFalse();
		assertThat(delivered.majorConditions(CaseAction.WITHDRAW_LICENCE)).extracting(MajorMatch::code)
			.containsExactly("WITHDRAWAL_REVOCATION");
		assertThat(delivered.withdrawLicence(DIRECTOR, day("2026-10-20"), "规划调整", this.rules).refused().rule())
			.isEqualTo(Rule.SH_1);
		assertThat(delivered.alterLicence(DIRECTOR, day("2026-10-20"), "变更法定代表人", this.rules))
			.isInstanceOf(Outcome.Moved.class);
		assertThat(delivered.cancelLicence(DIRECTOR, day("2026-10-20"), "法人依法终止", this.rules))
			.isInstanceOf(Outcome.Moved.class);
	}

	@Test
	@DisplayName("SH-2: 变更, 延续 and 不予延续 of a licence whose case is major need a passed review too")
	void laterDecisionsOnAMajorCaseAreMajor() {
		LicensingCase major = withInterestedParties()
			.grant(OFFICER, DIRECTOR, day("2026-09-28"), "准予核准", null, "新发改许〔2026〕12号", day("2026-12-31"),
					this.reviewPassed)
			.moved()
			.next();
		LicensingCase delivered = major
			.deliver(CLERK, day("2026-10-12"), new Delivery.Direct("张三", day("2026-10-12")), SCANNED,
					MediaRecord.none("送达"), this.rules)
			.moved()
			.next();

		assertThat(delivered.alterLicence(DIRECTOR, day("2026-10-20"), "变更建设规模", this.rules).refused().rule())
			.isEqualTo(Rule.SH_1);
		assertThat(delivered
			.renewLicence(DIRECTOR, day("2026-10-20"), day("2026-10-20"), day("2027-12-31"), "延续", this.rules)
			.refused()
			.rule()).isEqualTo(Rule.SH_1);
		LicensingCase applied = delivered.applyForRenewal(CLERK, day("2026-10-20"), null, this.rules).moved().next();
		assertThat(applied.denyRenewal(DIRECTOR, DIRECTOR, day("2026-10-20"), "年度检查发现重大隐患未整改", this.rules)
			.refused()
			.rule()).isEqualTo(Rule.SH_1);
		assertThat(delivered.alterLicence(DIRECTOR, day("2026-10-20"), "变更建设规模", this.reviewPassed))
			.isInstanceOf(Outcome.Moved.class);
		assertThat(delivered.cancelLicence(DIRECTOR, day("2026-10-20"), "法人依法终止", this.rules))
			.isInstanceOf(Outcome.Moved.class);
	}

	private LicensingCase delivered(LicensingCase underReview) {
		return underReview
			.grant(OFFICER, DIRECTOR, day("2026-09-28"), "准予核准", null, "新发改许〔2026〕12号", day("2026-12-31"), this.rules)
			.moved()
			.next()
			.deliver(CLERK, day("2026-10-12"), new Delivery.Direct("张三", day("2026-10-12")), SCANNED,
					MediaRecord.none("送达"), this.rules)
			.moved()
			.next();
	}

}
