package org.sanxiang.casework.licensing;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.sanxiang.casework.DecisionDelivered;
import org.sanxiang.casework.FullRecordingMarked;
import org.sanxiang.casework.HearingHeld;
import org.sanxiang.casework.SiteInspectionRecorded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.casework.licensing.LicensingFixtures.*;

/**
 * A case marked as touching personal liberty, life and health, or major property
 * (RULES.md JL-4): its site checks, hearings and deliveries by 留置 or 公告 are recorded in
 * full; and 留置, 公告 delivery is recorded on audio/video in any case (JL-3b, JL-5).
 */
class FullRecordingTests {

	/** 10:00 on Mon 12 Oct 2026. */
	private final LicensingRules rules = rulesOn(day("2026-10-12"));

	private LicensingCase marked() {
		return underReview("2026-09-18")
			.markFullRecording(OFFICER, day("2026-09-21"), "现场核查涉及查封在建厂房设备，属重大财产权益", this.rules)
			.moved()
			.next();
	}

	private static MediaRecord during(MediaRecord media, String start, String end) {
		return media.during(at(start), at(end));
	}

	@Test
	@DisplayName("JL-4: the officer marks the case with a reason; the finding is journaled and cannot be marked twice")
	void anOfficerMarksTheCaseWithAReason() {
		Outcome outcome = underReview("2026-09-18").markFullRecording(OFFICER, day("2026-09-21"), " 涉及查封设备 ",
				this.rules);

		FullRecordingMarked event = (FullRecordingMarked) outcome.moved().event();
		assertThat(event.reason()).isEqualTo("涉及查封设备");
		assertThat(event.markedOn()).isEqualTo(day("2026-09-21"));
		assertThat(outcome.moved().next().fullRecording()).isEqualTo("涉及查封设备");
		assertThat(outcome.moved().next().allowedActions()).doesNotContain(CaseAction.MARK_FULL_RECORDING);
		assertThat(underReview("2026-09-18").allowedActions()).contains(CaseAction.MARK_FULL_RECORDING);
	}

	@Test
	@DisplayName("JL-4: marking without a reason is refused")
	void markingWithoutAReasonIsRefused() {
		TransitionRefused refused = underReview("2026-09-18")
			.markFullRecording(OFFICER, day("2026-09-21"), " ", this.rules)
			.refused();

		assertThat(refused.rule()).isEqualTo(Rule.JL_4);
		assertThat(refused.reason()).contains("理由");
	}

	@Test
	@DisplayName("JL-4: in a marked case a site check needs recordings over its whole span, even where the item asks none")
	void aSiteCheckOfAMarkedCaseNeedsRecordingsOverItsWholeSpan() {
		LicensingCase c = marked();
		assertThat(c.item().content().mediaRecordRequired()).isFalse();
		MediaRecord gap = recorded("现场检查", capture("2026-10-12T09:00", "2026-10-12T09:20"),
				capture("2026-10-12T09:30", "2026-10-12T09:50"));

		TransitionRefused noTimes = c
			.recordSiteInspection(OFFICER, day("2026-10-12"), List.of(LI, WANG), "现场与申报一致", gap, this.rules)
			.refused();
		TransitionRefused withGap = c
			.recordSiteInspection(OFFICER, day("2026-10-12"), List.of(LI, WANG), "现场与申报一致",
					during(gap, "2026-10-12T09:00", "2026-10-12T09:50"), this.rules)
			.refused();
		assertThat(noTimes.rule()).isEqualTo(Rule.JL_4);
		assertThat(withGap.rule()).isEqualTo(Rule.JL_4);
		assertThat(withGap.reason()).contains("2026-10-12 09:20:00 至 09:30:00");
		assertThat(withGap.message()).contains("JL-4");

		MediaRecord whole = during(recorded("现场检查", capture("2026-10-12T08:59", "2026-10-12T09:51")),
				"2026-10-12T09:00", "2026-10-12T09:50");
		SiteInspectionRecorded event = (SiteInspectionRecorded) c
			.recordSiteInspection(OFFICER, day("2026-10-12"), List.of(LI, WANG), "现场与申报一致", whole, this.rules)
			.moved()
			.event();
		assertThat(event.startedAt()).isEqualTo(at("2026-10-12T09:00"));
		assertThat(event.endedAt()).isEqualTo(at("2026-10-12T09:50"));
	}

	@Test
	@DisplayName("JL-5: an approved reason lets a marked case's site check through with a gap")
	void anApprovedReasonLetsAMarkedSiteCheckThrough() {
		MediaRecord gapExempted = new MediaRecord("现场检查", at("2026-10-12T09:00"), at("2026-10-12T09:50"),
				List.of(capture("2026-10-12T09:00", "2026-10-12T09:20")), "执法记录仪电量耗尽，已报告负责人");

		assertThat(marked().recordSiteInspection(OFFICER, day("2026-10-12"), List.of(LI, WANG), "现场与申报一致", gapExempted,
				this.rules))
			.isInstanceOf(Outcome.Moved.class);
	}

	@Test
	@DisplayName("JL-4: a marked case's hearing is recorded from its start to its end")
	void aHearingOfAMarkedCaseIsRecordedInFull() {
		LicensingRules hearingDay = rulesOn(day("2026-10-13"));
		LicensingCase scheduled = marked().requestHearing(OFFICER, day("2026-09-22"), HearingBasis.REQUIRED, this.rules)
			.moved()
			.next()
			.scheduleHearing(OFFICER, day("2026-09-23"), day("2026-10-13"), "o-zhao", "局三楼会议室", this.rules)
			.moved()
			.next();

		TransitionRefused refused = scheduled
			.recordHearing(OFFICER, day("2026-10-13"), "听证笔录〔2026〕4号",
					during(RECORDED_HEARING, "2026-10-13T08:30", "2026-10-13T09:45"), hearingDay)
			.refused();
		assertThat(refused.rule()).isEqualTo(Rule.JL_4);
		assertThat(refused.reason()).contains("“听证”").contains("2026-10-13 08:30:00 至 09:00:00");

		HearingHeld held = (HearingHeld) scheduled
			.recordHearing(OFFICER, day("2026-10-13"), "听证笔录〔2026〕4号",
					during(RECORDED_HEARING, "2026-10-13T09:00", "2026-10-13T09:45"), hearingDay)
			.moved()
			.event();
		assertThat(held.startedAt()).isEqualTo(at("2026-10-13T09:00"));
	}

	@Test
	@DisplayName("JL-3b: 留置送达 and 公告送达 need a recording of the delivery or an approved reason; other methods do not")
	void deliveryLeftAtTheAddressOrByNoticeIsRecorded() {
		LicensingCase granted = granted(underReview("2026-09-18"));
		Delivery left = new Delivery.LeftAtAddress("张三", null, day("2026-10-12"));
		// posted the day after the grant, deemed delivered 30 days later (民事诉讼法 第九十五条)
		Delivery notice = new Delivery.Public("下落不明", "新田县人民政府网", day("2026-09-29"));
		LicensingRules noticeOver = rulesOn(day("2026-10-29"));

		assertThat(granted.deliver(CLERK, null, left, ReceiptScans.none(), MediaRecord.none("送达"), this.rules)
			.refused()
			.rule()).isEqualTo(Rule.JL_3);
		assertThat(granted.deliver(CLERK, null, notice, ReceiptScans.none(), MediaRecord.none("送达"), noticeOver)
			.refused()
			.rule()).isEqualTo(Rule.JL_3);
		assertThat(granted.deliver(CLERK, null, left, ReceiptScans.none(),
				recorded("送达", capture("2026-10-12T09:00", "2026-10-12T09:10")), this.rules))
			.isInstanceOf(Outcome.Moved.class);
		assertThat(granted.deliver(CLERK, day("2026-10-12"), new Delivery.Direct("张三", day("2026-10-12")), SCANNED,
				MediaRecord.none("送达"), this.rules))
			.isInstanceOf(Outcome.Moved.class);
	}

	@Test
	@DisplayName("民事诉讼法 第八十九条: 留置送达 without any recording (a reason approved) stands only on a witness")
	void deliveryLeftAtTheAddressWithoutARecordingNeedsAWitness() {
		LicensingCase granted = granted(underReview("2026-09-18"));
		MediaRecord exempted = exempted("送达", "执法记录仪故障");

		TransitionRefused refused = granted
			.deliver(CLERK, null, new Delivery.LeftAtAddress("张三", " ", day("2026-10-12")), ReceiptScans.none(),
					exempted, this.rules)
			.refused();
		assertThat(refused.rule()).isEqualTo(Rule.DELIVERY);
		assertThat(refused.reason()).contains("见证人");

		DecisionDelivered event = (DecisionDelivered) granted
			.deliver(CLERK, null, new Delivery.LeftAtAddress("张三", "村委会主任李某", day("2026-10-12")), ReceiptScans.none(),
					exempted, this.rules)
			.moved()
			.event();
		assertThat(event.proof()).contains("张三").contains("村委会主任李某");
	}

	@Test
	@DisplayName("JL-4: in a marked case 公告送达 is recorded over the posting's whole span; direct delivery stays free")
	void deliveryByNoticeInAMarkedCaseIsRecordedInFull() {
		LicensingCase granted = granted(marked());
		Delivery notice = new Delivery.Public("下落不明", "新田县人民政府网", day("2026-09-30"));
		MediaRecord posting = recorded("送达", capture("2026-09-30T15:00", "2026-09-30T15:10"));
		LicensingRules noticeOver = rulesOn(day("2026-10-30"));

		TransitionRefused refused = granted
			.deliver(CLERK, null, notice, ReceiptScans.none(), during(posting, "2026-09-30T15:00", "2026-09-30T15:20"),
					noticeOver)
			.refused();
		assertThat(refused.rule()).isEqualTo(Rule.JL_4);
		assertThat(refused.reason()).contains("2026-09-30 15:10:00 至 15:20:00");

		DecisionDelivered event = (DecisionDelivered) granted
			.deliver(CLERK, null, notice, ReceiptScans.none(), during(posting, "2026-09-30T15:00", "2026-09-30T15:10"),
					noticeOver)
			.moved()
			.event();
		assertThat(event.startedAt()).isEqualTo(at("2026-09-30T15:00"));
		assertThat(event.deliveredOn()).isEqualTo(day("2026-10-30"));
		assertThat(granted.deliver(CLERK, day("2026-10-12"), new Delivery.Direct("张三", day("2026-10-12")), SCANNED,
				MediaRecord.none("送达"), this.rules))
			.isInstanceOf(Outcome.Moved.class);
	}

	private LicensingCase granted(LicensingCase underReview) {
		return underReview
			.grant(OFFICER, DIRECTOR, day("2026-09-28"), "准予核准", null, "新发改许〔2026〕12号", day("2028-12-31"), this.rules)
			.moved()
			.next();
	}

}
