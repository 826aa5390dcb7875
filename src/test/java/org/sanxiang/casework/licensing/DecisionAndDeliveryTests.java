package org.sanxiang.casework.licensing;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.CaseArchived;
import org.sanxiang.casework.CaseDecided;
import org.sanxiang.casework.DecisionDelivered;
import org.sanxiang.casework.DecisionGuard;
import org.sanxiang.casework.LicenceChanged;
import org.sanxiang.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.casework.licensing.LicensingFixtures.*;

/** 决定, 送达, 归档 and what happens to the licence after (第三十七、三十八、四十四、五十、六十九、七十条; SH-1). */
class DecisionAndDeliveryTests {

	private final LicensingRules rules = rulesOn(day("2026-11-30"));

	private final LicensingRules reviewPassed = rulesOn(day("2026-11-30"),
			proposal -> DecisionGuard.Clearance.passed("重大行政许可法制审核意见书〔2026〕1号"));

	private LicensingCase granted() {
		return underReview("2026-09-18")
			.grant(OFFICER, DIRECTOR, day("2026-09-28"), "准予核准", null, "新发改许〔2026〕12号", day("2026-12-31"), this.rules)
			.moved()
			.next();
	}

	private LicensingCase delivered() {
		return granted()
			.deliver(CLERK, day("2026-10-12"), new Delivery.Direct("张三", day("2026-10-12")), SCANNED,
					MediaRecord.none("送达"), this.rules)
			.moved()
			.next();
	}

	@Test
	@DisplayName("XK-38 第三十八条: a refusal states its reasons and the remedies — 行政复议 60 days (行政复议法 第二十条), 行政诉讼 6 months (行政诉讼法 第四十六条)")
	void denialCarriesReasonsAndRemedies() {
		CaseDecided event = (CaseDecided) underReview("2026-09-18")
			.deny(OFFICER, DIRECTOR, day("2026-10-20"), "项目不符合产业政策", null, this.rules)
			.moved()
			.event();

		assertThat(event.granted()).isFalse();
		assertThat(event.text()).isEqualTo("项目不符合产业政策");
		assertThat(event.remedies()).contains("60日内").contains("行政复议法》第二十条").contains("6个月内").contains("行政诉讼法》第四十六条");
		assertThat(event.approvedBy()).isEqualTo("局长丙");
	}

	@Test
	@DisplayName("XK-38 第三十八条: a refusal without reasons is refused")
	void denialWithoutReasonsIsRefused() {
		TransitionRefused refused = underReview("2026-09-18")
			.deny(OFFICER, DIRECTOR, day("2026-10-20"), " ", null, this.rules)
			.refused();

		assertThat(refused.rule()).isEqualTo(Rule.XK_38);
	}

	@Test
	@DisplayName("XK-37 第三十七条: a decision is approved by the 负责人 and states its content")
	void decisionNeedsTheDirectorAndAText() {
		Actor officerAsApprover = Actor.staff("officer", "承办人乙", Role.OFFICER);
		LicensingCase c = underReview("2026-09-18");

		assertThat(c
			.grant(OFFICER, officerAsApprover, day("2026-10-20"), "准予核准", null, "X1", day("2028-01-01"), this.rules)
			.refused()
			.reason()).contains("负责人");
		assertThat(c.grant(OFFICER, DIRECTOR, day("2026-10-20"), "", null, "X1", day("2028-01-01"), this.rules)
			.refused()
			.reason()).contains("不能为空");
	}

	@Test
	@DisplayName("SH-1 法制审核: a major case is refused at decision until the review module says passed")
	void majorCaseNeedsPassedLegalReview() {
		LicensingCase major = underReview("2026-09-18", true);

		TransitionRefused refused = major.deny(OFFICER, DIRECTOR, day("2026-10-20"), "不符合条件", null, this.rules)
			.refused();
		assertThat(refused.rule()).isEqualTo(Rule.SH_1);
		assertThat(refused.reason()).contains("法制审核模块尚未启用");

		CaseDecided event = (CaseDecided) major
			.deny(OFFICER, DIRECTOR, day("2026-10-20"), "不符合条件", null, this.reviewPassed)
			.moved()
			.event();
		assertThat(event.major()).isTrue();
	}

	@Test
	@DisplayName("XK-45 第四十五条: no decision while the clock is paused — resume first")
	void noDecisionWhilePaused() {
		TransitionRefused refused = underReview("2026-09-18")
			.pause(OFFICER, PauseKind.APPRAISAL, day("2026-10-09"), "鉴定告知书", this.rules)
			.moved()
			.next()
			.grant(OFFICER, DIRECTOR, day("2026-10-20"), "准予", null, "X1", day("2028-01-01"), this.rules)
			.refused();

		assertThat(refused.byState()).isTrue();
		assertThat(refused.allowed()).contains(CaseAction.RESUME).doesNotContain(CaseAction.GRANT);
	}

	@Test
	@DisplayName("送达: each method needs its proof — 邮寄 without a tracking number, 留置 without witness or video, 电子 without consent are refused")
	void deliveryNeedsItsProof() {
		LicensingCase granted = granted();

		assertThat(granted
			.deliver(CLERK, day("2026-10-12"), new Delivery.Postal(" ", day("2026-10-12")), SCANNED,
					MediaRecord.none("送达"), this.rules)
			.refused()
			.reason()).contains("邮寄单号");
		assertThat(granted
			.deliver(CLERK, null, new Delivery.LeftAtAddress(" ", "村委会见证人", day("2026-10-12")), ReceiptScans.none(),
					MediaRecord.none("送达"), this.rules)
			.refused()
			.reason()).contains("受送达人");
		assertThat(granted
			.deliver(CLERK, null, new Delivery.Electronic(null, "R-1", day("2026-10-12")), ReceiptScans.none(),
					MediaRecord.none("送达"), this.rules)
			.refused()
			.reason()).contains("同意电子送达");
		assertThat(granted
			.deliver(CLERK, null, new Delivery.Public("下落不明", "新田县人民政府网", null), ReceiptScans.none(),
					MediaRecord.none("送达"), this.rules)
			.refused()
			.rule()).isEqualTo(Rule.DELIVERY);
	}

	@Test
	@DisplayName("XK-44 第四十四条: a licence delivered within 10 working days is on time; after them it is recorded as late")
	void lateDeliveryIsRecorded() {
		DecisionDelivered onTime = (DecisionDelivered) granted()
			.deliver(CLERK, day("2026-10-16"), new Delivery.Direct("张三", day("2026-10-16")), SCANNED,
					MediaRecord.none("送达"), this.rules)
			.moved()
			.event();
		DecisionDelivered late = (DecisionDelivered) granted()
			.deliver(CLERK, day("2026-10-19"), new Delivery.Postal("EMS1190000000", day("2026-10-19")), SCANNED,
					MediaRecord.none("送达"), this.rules)
			.moved()
			.event();

		assertThat(onTime.late()).isFalse();
		assertThat(onTime.proof()).contains("送达回证");
		assertThat(late.late()).isTrue();
		assertThat(late.method()).isEqualTo("邮寄送达");
	}

	@Test
	void anArchivedCaseIsReadOnlyAndKeptForItsRetentionPeriod() {
		Outcome outcome = delivered().archive(CLERK, day("2026-10-13"), 30, this.rules);

		CaseArchived archived = (CaseArchived) outcome.moved().event();
		assertThat(archived.retainUntil()).isEqualTo(day("2056-10-13"));
		assertThat(archived.retentionYears()).isEqualTo(30);
		LicensingCase c = outcome.moved().next();
		assertThat(c.state()).isEqualTo(new LicensingState.Archived(day("2026-10-13"), true, day("2056-10-13")));
		assertThat(c.allowedActions()).isEmpty();
		TransitionRefused refused = c.revokeLicence(DIRECTOR, day("2026-11-30"), "以欺骗手段取得", this.reviewPassed)
			.refused();
		assertThat(refused.byState()).isTrue();
		assertThat(refused.message()).contains("案件已归档，不能修改");
		assertThat(c.alterLicence(CLERK, day("2026-11-30"), "变更法定代表人", this.rules).refused().reason())
			.isEqualTo("案件已归档，不能修改");
	}

	@Test
	@DisplayName("XK-50 第五十条: a case whose renewal application awaits its decision is not archived")
	void aPendingRenewalKeepsTheCaseOpen() {
		LicensingCase applied = delivered().applyForRenewal(CLERK, day("2026-11-20"), null, this.rules).moved().next();

		TransitionRefused refused = applied.archive(CLERK, day("2026-11-30"), 30, this.rules).refused();
		assertThat(refused.rule()).isEqualTo(Rule.XK_50);
		assertThat(refused.reason()).contains("延续");
	}

	@Test
	@DisplayName("XK-50 第五十条: renewal is applied for 30 days before expiry; later is refused")
	void renewalThirtyDaysBeforeExpiry() {
		LicensingCase delivered = delivered();

		TransitionRefused late = delivered
			.renewLicence(CLERK, day("2026-12-02"), day("2026-11-30"), day("2027-12-31"), "延续", this.rules)
			.refused();
		assertThat(late.rule()).isEqualTo(Rule.XK_50);
		assertThat(late.reason()).contains("2026-12-01");

		LicenceChanged renewed = (LicenceChanged) delivered
			.renewLicence(CLERK, day("2026-11-20"), day("2026-11-30"), day("2027-12-31"), "延续", this.rules)
			.moved()
			.event();
		assertThat(renewed.action()).isEqualTo("延续");
		assertThat(renewed.validTo()).isEqualTo(day("2027-12-31"));
	}

	@Test
	@DisplayName("SH-2, XK-69 第六十九条: revocation is a major decision and needs a passed legal review and a reason")
	void revocationNeedsLegalReview() {
		LicensingCase delivered = delivered();

		assertThat(delivered.revokeLicence(DIRECTOR, day("2026-11-30"), "以欺骗手段取得", this.rules).refused().rule())
			.isEqualTo(Rule.SH_1);
		assertThat(delivered.revokeLicence(DIRECTOR, day("2026-11-30"), "", this.reviewPassed).refused().rule())
			.isEqualTo(Rule.XK_69);

		LicensingCase revoked = delivered.revokeLicence(DIRECTOR, day("2026-11-30"), "以欺骗手段取得", this.reviewPassed)
			.moved()
			.next();
		assertThat(revoked.licence().status()).isEqualTo(Licence.Status.REVOKED);
		assertThat(revoked.allowedActions()).containsExactly(CaseAction.ARCHIVE, CaseAction.CANCEL_LICENCE);
	}

	@Test
	@DisplayName("XK-70 第七十条: a cancelled licence admits no further change")
	void cancelledLicenceIsFinal() {
		LicensingCase cancelled = delivered().cancelLicence(DIRECTOR, day("2026-11-30"), "法人依法终止", this.rules)
			.moved()
			.next();

		TransitionRefused refused = cancelled.alterLicence(CLERK, day("2026-11-30"), "变更法定代表人", this.rules).refused();
		assertThat(refused.byState()).isTrue();
		assertThat(cancelled.licence().status().label()).isEqualTo("已注销");
	}

}
