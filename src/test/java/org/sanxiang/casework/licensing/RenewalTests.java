package org.sanxiang.casework.licensing;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.LicenceChanged;
import org.sanxiang.casework.RenewalApplied;
import org.sanxiang.casework.RenewalDeemedGranted;
import org.sanxiang.casework.RenewalDenied;
import org.sanxiang.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.casework.licensing.LicensingFixtures.*;

/**
 * 延续 (行政许可法 第五十条, RULES.md XK-50): the holder applies 30 days before expiry; the agency
 * grants or denies before expiry; no decision by the day of expiry means it is granted.
 */
class RenewalTests {

	private final LicensingRules rules = rulesOn(day("2026-11-30"));

	/** Granted 28 Sep 2026, valid to 31 Dec 2026, delivered 12 Oct. */
	private LicensingCase delivered() {
		return underReview("2026-09-18")
			.grant(OFFICER, DIRECTOR, day("2026-09-28"), "准予核准", null, "新发改许〔2026〕12号", day("2026-12-31"), this.rules)
			.moved()
			.next()
			.deliver(CLERK, day("2026-10-12"), new Delivery.Direct("张三", day("2026-10-12")), SCANNED,
					MediaRecord.none("送达"), this.rules)
			.moved()
			.next();
	}

	private LicensingCase applied() {
		return delivered().applyForRenewal(CLERK, day("2026-11-20"), null, this.rules).moved().next();
	}

	@Test
	@DisplayName("XK-50 第五十条: the holder's renewal application 30 days before expiry is recorded and awaits a decision")
	void applicationThirtyDaysBeforeExpiry() {
		Outcome outcome = delivered().applyForRenewal(CLERK, day("2026-11-20"), day("2029-12-31"), this.rules);

		RenewalApplied event = (RenewalApplied) outcome.moved().event();
		assertThat(event.appliedOn()).isEqualTo(day("2026-11-20"));
		assertThat(event.validTo()).isEqualTo(day("2026-12-31"));
		LicensingCase c = outcome.moved().next();
		assertThat(c.renewal()).isEqualTo(new RenewalApplication(day("2026-11-20"), day("2029-12-31")));
		assertThat(c.allowedActions()).contains(CaseAction.RENEW_LICENCE, CaseAction.DENY_RENEWAL)
			.doesNotContain(CaseAction.RENEWAL_APPLIED);
	}

	@Test
	@DisplayName("XK-50 第五十条: a renewal application later than 30 days before expiry is refused")
	void lateApplicationIsRefused() {
		TransitionRefused refused = delivered()
			.applyForRenewal(CLERK, day("2026-12-02"), null, rulesOn(day("2026-12-02")))
			.refused();

		assertThat(refused.rule()).isEqualTo(Rule.XK_50);
		assertThat(refused.reason()).contains("2026-12-01");
	}

	@Test
	@DisplayName("XK-50 第五十条: the renewal granted on the pending application settles it")
	void grantedOnThePendingApplication() {
		Outcome outcome = applied().renewLicence(DIRECTOR, null, day("2026-11-30"), day("2027-12-31"), "准予延续",
				this.rules);

		assertThat(((LicenceChanged) outcome.moved().event()).validTo()).isEqualTo(day("2027-12-31"));
		assertThat(outcome.moved().next().renewal()).isNull();
		assertThat(outcome.moved().next().licence().validTo()).isEqualTo(day("2027-12-31"));
	}

	@Test
	@DisplayName("XK-50 第五十条, XK-38 第三十八条: a denied renewal states its reasons and the remedies, before expiry")
	void denialWithReasonsAndRemedies() {
		RenewalDenied denied = (RenewalDenied) applied()
			.denyRenewal(DIRECTOR, DIRECTOR, day("2026-11-30"), "年度检查发现重大安全隐患未整改", this.rules)
			.moved()
			.event();

		assertThat(denied.reasons()).contains("安全隐患");
		assertThat(denied.remedies()).contains("行政复议").contains("行政诉讼");
		assertThat(denied.validTo()).isEqualTo(day("2026-12-31"));
	}

	@Test
	@DisplayName("XK-50 第五十条: a denial without reasons, by someone not a 负责人, or after expiry is refused")
	void denialRefusals() {
		LicensingCase applied = applied();
		Actor officer = Actor.staff("officer", "承办人乙", Role.OFFICER);

		assertThat(applied.denyRenewal(DIRECTOR, DIRECTOR, day("2026-11-30"), "", this.rules).refused().rule())
			.isEqualTo(Rule.XK_38);
		assertThat(applied.denyRenewal(officer, officer, day("2026-11-30"), "不符合条件", this.rules).refused().rule())
			.isEqualTo(Rule.XK_37);
		TransitionRefused late = applied
			.denyRenewal(DIRECTOR, DIRECTOR, day("2027-01-01"), "不符合条件", rulesOn(day("2027-01-01")))
			.refused();
		assertThat(late.rule()).isEqualTo(Rule.XK_50);
		assertThat(late.reason()).contains("视为准予延续");
		assertThat(
				delivered().denyRenewal(DIRECTOR, DIRECTOR, day("2026-11-30"), "不符合条件", this.rules).refused().byState())
			.isTrue();
	}

	@Test
	@DisplayName("XK-50 第五十条: no decision by the day of expiry — the platform deems the renewal granted, for the original term, naming the rule")
	void undecidedRenewalIsDeemedGranted() {
		LicensingCase applied = applied();

		TransitionRefused early = applied.deemRenewed(rulesOn(day("2026-12-31"))).refused();
		assertThat(early.rule()).isEqualTo(Rule.XK_50);

		Outcome deemed = applied.deemRenewed(rulesOn(day("2027-01-01")));
		RenewalDeemedGranted event = (RenewalDeemedGranted) deemed.moved().event();
		assertThat(event.recorded().actor()).isEqualTo(Actor.SYSTEM);
		assertThat(event.rule()).isEqualTo("XK-50");
		assertThat(event.article()).contains("第五十条");
		assertThat(event.expiredOn()).isEqualTo(day("2026-12-31"));
		// 28 Sep – 31 Dec 2026 is 3 months and 3 days: once more from 31 Dec
		assertThat(event.validTo()).isEqualTo(day("2027-04-03"));
		assertThat(deemed.moved().next().licence().validTo()).isEqualTo(day("2027-04-03"));
		assertThat(deemed.moved().next().renewal()).isNull();

		assertThat(deemed.moved().next().deemRenewed(rulesOn(day("2027-01-02"))).refused().byState()).isTrue();
	}

	@Test
	@DisplayName("XK-50 第五十条: a deemed renewal gives the validity the holder asked for")
	void deemedRenewalGivesWhatWasAskedFor() {
		LicensingCase applied = delivered().applyForRenewal(CLERK, day("2026-11-20"), day("2029-12-31"), this.rules)
			.moved()
			.next();

		assertThat(applied.deemRenewed(rulesOn(day("2027-01-01"))).moved().next().licence().validTo())
			.isEqualTo(day("2029-12-31"));
	}

}
