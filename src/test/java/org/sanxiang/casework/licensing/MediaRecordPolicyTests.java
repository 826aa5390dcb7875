package org.sanxiang.casework.licensing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.casework.licensing.LicensingFixtures.*;

/**
 * 音像记录 gates (RULES.md JL-3, JL-4, JL-5; 国办发〔2018〕118号): one recording is enough for an
 * ordinary case; a case touching personal liberty, life and health, or major property
 * needs recordings that cover the activity from start to end; an approved reason lifts
 * either.
 */
class MediaRecordPolicyTests {

	private static final LocalDate ON = day("2026-10-12");

	/** 10:00 on the day of the act. */
	private final Clock clock = rulesOn(ON).clock();

	private static MediaRecord siteCheck(String start, String end, String exemption, String... spans) {
		List<org.sanxiang.evidence.Coverage.Interval> captures = new java.util.ArrayList<>();
		for (int i = 0; i < spans.length; i += 2) {
			captures.add(capture(spans[i], spans[i + 1]));
		}
		return new MediaRecord("现场检查", start == null ? null : at(start), end == null ? null : at(end), captures,
				exemption);
	}

	@Test
	@DisplayName("JL-4: recordings with a gap are refused, naming the first uncovered stretch in Beijing time")
	void refusesRecordingsWithAGapNamingTheFirstUncoveredStretch() {
		Verdict verdict = MediaRecordPolicy
			.check(true, true, ON,
					siteCheck("2026-10-12T09:00", "2026-10-12T09:50", null, "2026-10-12T09:00", "2026-10-12T09:20",
							"2026-10-12T09:25", "2026-10-12T09:40", "2026-10-12T09:45", "2026-10-12T09:50"),
					this.clock);

		Verdict.Refused refused = (Verdict.Refused) verdict;
		assertThat(refused.rule()).isEqualTo(Rule.JL_4);
		assertThat(refused.reason()).contains("现场检查")
			.contains("全程不间断")
			.contains("2026-10-12 09:00:00 至 09:50:00")
			.contains("未覆盖 2026-10-12 09:20:00 至 09:25:00（第一处未覆盖的时段）")
			.doesNotContain("09:40:00 至 09:45:00");
	}

	@Test
	@DisplayName("JL-4: a recording that stops before the end leaves the rest uncovered")
	void refusesARecordingThatStopsBeforeTheEnd() {
		Verdict.Refused refused = (Verdict.Refused) MediaRecordPolicy.check(true, true, ON,
				siteCheck("2026-10-12T09:00", "2026-10-12T09:50", null, "2026-10-12T08:55", "2026-10-12T09:30"),
				this.clock);

		assertThat(refused.reason()).contains("未覆盖 2026-10-12 09:30:00 至 09:50:00");
	}

	@Test
	@DisplayName("JL-4: recordings that overlap or touch and cover start to end are allowed")
	void allowsRecordingsThatCoverTheWholeActivity() {
		assertThat(MediaRecordPolicy.check(true, true, ON,
				siteCheck("2026-10-12T09:00", "2026-10-12T09:50", null, "2026-10-12T09:25", "2026-10-12T09:50",
						"2026-10-12T08:58", "2026-10-12T09:20", "2026-10-12T09:20", "2026-10-12T09:30"),
				this.clock))
			.isEqualTo(Verdict.ALLOWED);
	}

	@Test
	@DisplayName("JL-4: without the activity's start and end the coverage cannot be checked, so it is refused")
	void refusesAFullRecordingCaseWithoutTheActivityTimes() {
		Verdict.Refused refused = (Verdict.Refused) MediaRecordPolicy.check(true, true, ON,
				siteCheck(null, null, null, "2026-10-12T09:00", "2026-10-12T09:50"), this.clock);

		assertThat(refused.rule()).isEqualTo(Rule.JL_4);
		assertThat(refused.reason()).contains("请填写活动开始时间和结束时间");
	}

	@Test
	@DisplayName("JL-4: nothing uploaded is refused as such")
	void refusesAFullRecordingCaseWithNothingUploaded() {
		Verdict.Refused refused = (Verdict.Refused) MediaRecordPolicy.check(true, true, ON,
				siteCheck("2026-10-12T09:00", "2026-10-12T09:50", null), this.clock);

		assertThat(refused.rule()).isEqualTo(Rule.JL_4);
		assertThat(refused.reason()).contains("尚未上传该活动的录音录像");
	}

	@Test
	@DisplayName("JL-5: a reason a 负责人 approved lifts the full-recording gate, gap or no recording")
	void anApprovedExemptionLiftsTheGate() {
		assertThat(MediaRecordPolicy.check(true, true, ON,
				siteCheck("2026-10-12T09:00", "2026-10-12T09:50", "执法记录仪电量耗尽，09:20 至 09:25 中断，已报告负责人",
						"2026-10-12T09:00", "2026-10-12T09:20", "2026-10-12T09:25", "2026-10-12T09:50"),
				this.clock))
			.isEqualTo(Verdict.ALLOWED);
		assertThat(MediaRecordPolicy.check(true, true, ON, siteCheck("2026-10-12T09:00", "2026-10-12T09:50", "执法记录仪故障"),
				this.clock))
			.isEqualTo(Verdict.ALLOWED);
	}

	@Test
	@DisplayName("JL-3: outside a full-recording case one recording is enough, whatever it covers")
	void anOrdinaryCaseNeedsOneRecording() {
		assertThat(MediaRecordPolicy.check(true, false, ON,
				siteCheck("2026-10-12T09:00", "2026-10-12T09:50", null, "2026-10-12T09:00", "2026-10-12T09:05"),
				this.clock))
			.isEqualTo(Verdict.ALLOWED);
		Verdict.Refused refused = (Verdict.Refused) MediaRecordPolicy.check(true, false, ON,
				siteCheck(null, null, null), this.clock);
		assertThat(refused.rule()).isEqualTo(Rule.JL_3);
		assertThat(MediaRecordPolicy.check(false, false, ON, siteCheck(null, null, null), this.clock))
			.isEqualTo(Verdict.ALLOWED);
	}

	@Test
	@DisplayName("JL-1: activity times out of order, in the future or away from the day of the act are refused")
	void activityTimesAreATrueRecord() {
		assertThat(((Verdict.Refused) MediaRecordPolicy.check(false, false, ON,
				siteCheck("2026-10-12T09:50", "2026-10-12T09:00", null), this.clock))
			.reason()).contains("早于开始时间");
		assertThat(((Verdict.Refused) MediaRecordPolicy.check(false, false, ON,
				siteCheck("2026-10-12T09:00", "2026-10-12T10:30", null), this.clock))
			.reason()).contains("晚于现在");
		assertThat(((Verdict.Refused) MediaRecordPolicy.check(false, false, ON,
				siteCheck("2026-10-09T09:00", "2026-10-09T09:30", null), this.clock))
			.reason()).contains("办理日期 2026-10-12 不在活动时间");
		assertThat(((Verdict.Refused) MediaRecordPolicy.check(false, false, ON,
				siteCheck("2026-10-12T09:00", null, null), this.clock))
			.rule()).isEqualTo(Rule.JL_1);
		// 公告送达 is deemed delivered 30 days after the posting: the act's day is not
		// checked
		assertThat(MediaRecordPolicy.check(false, false, null, siteCheck("2026-10-09T09:00", "2026-10-09T09:30", null),
				this.clock))
			.isEqualTo(Verdict.ALLOWED);
	}

}
