package org.sanxiang.casework.licensing;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.SiteInspectionRecorded;
import org.sanxiang.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.casework.licensing.LicensingFixtures.*;

/** 审查: site checks (XK-34, JL-7) and the one extension (XK-42). */
class ReviewTests {

	private final LicensingRules rules = rulesOn(day("2026-10-20"));

	@Test
	@DisplayName("XK-34 第三十四条, JL-7: a site check by two officers certified on its date is recorded")
	void siteCheckByTwoCertifiedOfficers() {
		SiteInspectionRecorded event = (SiteInspectionRecorded) underReview("2026-09-18")
			.recordSiteInspection(OFFICER, day("2026-10-12"), List.of(LI, WANG), "现场与申报一致", MediaRecord.none("现场检查"),
					this.rules)
			.moved()
			.event();

		assertThat(event.officerIds()).containsExactly("o-li", "o-wang");
		assertThat(event.certificateNumbers()).containsExactly("43-o-li", "43-o-wang");
	}

	@Test
	@DisplayName("JL-3b, JL-5: a site check the item requires on audio/video is refused without a recording or an approved reason")
	void siteCheckWithoutRequiredRecordingIsRefused() {
		LicensingCase c = LicensingCase
			.receive(CaseId.random(), item(false, 10, true), "新田县某某能源有限公司", CLERK, day("2026-09-18"),
					rulesOn(day("2026-09-18")))
			.moved()
			.next()
			.accept(CLERK, day("2026-09-18"), NOTHING_MISSING, rulesOn(day("2026-09-18")))
			.moved()
			.next();
		TransitionRefused refused = (TransitionRefused) c.recordSiteInspection(OFFICER, day("2026-10-12"),
				List.of(LI, WANG), "现场与申报一致", MediaRecord.none("现场检查"), this.rules);
		assertThat(refused.rule()).isEqualTo(Rule.JL_3);
		assertThat(refused.reason()).contains("现场检查").contains("音像记录");

		assertThat(c.recordSiteInspection(OFFICER, day("2026-10-12"), List.of(LI, WANG), "现场与申报一致",
				recorded("现场检查", capture("2026-10-12T09:00", "2026-10-12T09:30"),
						capture("2026-10-12T09:40", "2026-10-12T10:00")),
				this.rules))
			.isInstanceOf(Outcome.Moved.class);
		assertThat(c.recordSiteInspection(OFFICER, day("2026-10-12"), List.of(LI, WANG), "现场与申报一致",
				exempted("现场检查", "执法记录仪故障，已报告负责人"), this.rules))
			.isInstanceOf(Outcome.Moved.class);
	}

	@Test
	@DisplayName("XK-34 第三十四条, JL-7: a site check by one officer is refused")
	void siteCheckByOneOfficerIsRefused() {
		TransitionRefused refused = underReview("2026-09-18")
			.recordSiteInspection(OFFICER, day("2026-10-12"), List.of(LI, LI), "现场与申报一致", MediaRecord.none("现场检查"),
					this.rules)
			.refused();

		assertThat(refused.rule()).isEqualTo(Rule.XK_34);
		assertThat(refused.reason()).contains("两名以上").contains("仅1名");
	}

	@Test
	@DisplayName("XK-34 第三十四条, ZJ-1: a site check with an expired certificate is refused, naming the officer and why")
	void siteCheckWithAnExpiredCertificateNamesTheOfficer() {
		TransitionRefused refused = underReview("2026-09-18")
			.recordSiteInspection(OFFICER, day("2026-10-12"), List.of(LI, EXPIRED), "现场与申报一致", MediaRecord.none("现场检查"),
					this.rules)
			.refused();

		assertThat(refused.rule()).isEqualTo(Rule.XK_34);
		assertThat(refused.reason()).contains("陈执法").contains("2026-06-30").contains("到期").doesNotContain("李执法");
	}

	@Test
	@DisplayName("XK-42 第四十二条: the extension needs the approval of the 负责人")
	void extensionNeedsTheDirector() {
		Actor notDirector = Actor.staff("reviewer", "审核员丁", Role.REVIEWER);

		TransitionRefused refused = underReview("2026-09-18")
			.extend(OFFICER, notDirector, day("2026-10-20"), "需征求意见", this.rules)
			.refused();

		assertThat(refused.rule()).isEqualTo(Rule.XK_42);
		assertThat(refused.reason()).contains("负责人").contains("审核员丁");
	}

	@Test
	@DisplayName("XK-42 第四十二条: the extension needs a reason told to the applicant")
	void extensionNeedsAReason() {
		TransitionRefused refused = underReview("2026-09-18")
			.extend(OFFICER, DIRECTOR, day("2026-10-20"), "", this.rules)
			.refused();

		assertThat(refused.rule()).isEqualTo(Rule.XK_42);
		assertThat(refused.reason()).contains("理由");
	}

	@Test
	@DisplayName("XK-42 第四十二条: the period is extended once — a second extension is refused")
	void secondExtensionIsRefused() {
		LicensingCase extended = underReview("2026-09-18")
			.extend(OFFICER, DIRECTOR, day("2026-10-20"), "需征求意见", this.rules)
			.moved()
			.next();

		TransitionRefused refused = extended.extend(OFFICER, DIRECTOR, day("2026-10-20"), "仍需征求意见", this.rules)
			.refused();

		assertThat(refused.rule()).isEqualTo(Rule.XK_42);
		assertThat(refused.reason()).contains("只能延长一次");
		assertThat(refused.state()).isEqualTo("审查中");
	}

	@Test
	@DisplayName("XK-42 第四十二条: no extension once the period has run out")
	void noExtensionAfterTheDueDate() {
		TransitionRefused refused = underReview("2026-09-18")
			.extend(OFFICER, DIRECTOR, day("2026-10-23"), "需征求意见", rulesOn(day("2026-10-23")))
			.refused();

		assertThat(refused.reason()).contains("2026-10-22").contains("届满");
	}

}
