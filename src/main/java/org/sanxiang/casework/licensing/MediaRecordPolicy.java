package org.sanxiang.casework.licensing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.sanxiang.evidence.Coverage;

/**
 * 音像记录 gates (JL-3, JL-3b, JL-4, JL-5). An activity that must be recorded on audio/video
 * cannot be recorded as done without at least one item of it attached to the case (JL-3);
 * in a case that directly affects personal liberty, life and health, or major property
 * the items' capture intervals must cover the activity from its start to its end without
 * a gap (JL-4, 国办发〔2018〕118号: 全程音像记录). Either is lifted by a reason a 负责人 approved (JL-5:
 * device fault, secrets, privacy, emergency). The activity's start and end, when given,
 * must be a true record (JL-1): in order, not in the future, and around the day of the
 * act.
 */
final class MediaRecordPolicy {

	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private MediaRecordPolicy() {
	}

	/**
	 * @param required whether this activity of this case must be recorded
	 * @param wholeActivity whether the case is marked as touching personal liberty, life
	 * and health, or major property (JL-4)
	 * @param on the day of the act, which the activity's times must include; {@code null}
	 * when the act's day may differ from the activity's (公告送达 is deemed delivered 30 days
	 * after the notice, 民事诉讼法 第九十五条)
	 * @param clock now, and the zone the times are shown in
	 */
	static Verdict check(boolean required, boolean wholeActivity, LocalDate on, MediaRecord media, Clock clock) {
		Verdict times = times(on, media, clock);
		if (times instanceof Verdict.Refused || !required || media.exempted()) {
			return times;
		}
		if (wholeActivity) {
			return wholeActivity(media, clock.getZone());
		}
		if (media.items() > 0) {
			return Verdict.ALLOWED;
		}
		return Verdict.refused("“" + media.activity() + "”应当进行音像记录：本案尚未上传该活动的录音录像，也没有经负责人批准的免于记录理由（如设备故障）。"
				+ "请先在“音像记录”中上传，或由负责人批准免于记录的理由", Rule.JL_3);
	}

	/**
	 * JL-4: the recordings cover [start, end] without a gap; the refusal names the first
	 * stretch no recording covers.
	 */
	private static Verdict wholeActivity(MediaRecord media, ZoneId zone) {
		String duty = "本案涉及人身自由、生命健康或者重大财产权益，“" + media.activity() + "”应当全程不间断音像记录";
		if (media.activityStart() == null) {
			return Verdict.refused(duty + "：请填写活动开始时间和结束时间，以核对录音录像是否覆盖活动全程", Rule.JL_4);
		}
		Coverage.Interval gap = Coverage.firstGap(media.captures(), media.activityStart(), media.activityEnd());
		if (gap == null) {
			return Verdict.ALLOWED;
		}
		String what = media.items() == 0 ? "本案尚未上传该活动的录音录像"
				: "录音录像未覆盖 " + span(gap.start(), gap.end(), zone) + "（第一处未覆盖的时段）";
		return Verdict.refused(duty + "（活动时间 " + span(media.activityStart(), media.activityEnd(), zone) + "）：" + what
				+ "。请上传覆盖该时段的录音录像，或由负责人批准中断或免于记录的理由（如设备故障）", Rule.JL_4);
	}

	/**
	 * JL-1: the times given are in order, not in the future, and include the act's day.
	 */
	private static Verdict times(LocalDate on, MediaRecord media, Clock clock) {
		Instant start = media.activityStart();
		Instant end = media.activityEnd();
		if (start == null && end == null) {
			return Verdict.ALLOWED;
		}
		if (start == null || end == null) {
			return Verdict.refused("请同时填写活动开始时间和结束时间", Rule.JL_1);
		}
		ZoneId zone = clock.getZone();
		if (end.isBefore(start)) {
			return Verdict.refused("活动结束时间 " + at(end, zone) + " 早于开始时间 " + at(start, zone), Rule.JL_1);
		}
		if (end.isAfter(clock.instant())) {
			return Verdict.refused("活动结束时间 " + at(end, zone) + " 晚于现在，不能记录尚未发生的事", Rule.JL_1);
		}
		if (on != null
				&& (start.atZone(zone).toLocalDate().isAfter(on) || end.atZone(zone).toLocalDate().isBefore(on))) {
			return Verdict.refused("办理日期 " + on + " 不在活动时间 " + span(start, end, zone) + " 之内", Rule.JL_1);
		}
		return Verdict.ALLOWED;
	}

	/** {@code 2026-06-01 09:20:00 至 09:25:00}, the date repeated only when it changes. */
	static String span(Instant from, Instant to, ZoneId zone) {
		ZonedDateTime a = from.atZone(zone);
		ZonedDateTime b = to.atZone(zone);
		return a.format(DAY_TIME) + " 至 "
				+ (a.toLocalDate().equals(b.toLocalDate()) ? b.format(TIME) : b.format(DAY_TIME));
	}

	private static String at(Instant instant, ZoneId zone) {
		return instant.atZone(zone).format(DAY_TIME);
	}

}
