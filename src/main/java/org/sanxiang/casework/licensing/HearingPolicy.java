package org.sanxiang.casework.licensing;

import java.time.LocalDate;
import java.util.Collection;

import org.sanxiang.calendar.WorkingDays;

/**
 * 听证 (行政许可法 第四十六条至第四十八条, RULES.md XK-46, XK-47, XK-48): a matter the law requires to be
 * heard, or a major one involving the public interest, is decided only after a hearing
 * was announced and held; otherwise a request within 5 days of the notice of the right;
 * the hearing within 20 days of the request; its time and place notified 7 days before;
 * the host is not the staff who reviewed the application. All working days (第八十二条, T-1).
 */
final class HearingPolicy {

	static final int REQUEST_DAYS = 5;

	static final int HOLD_WITHIN_DAYS = 20;

	static final int NOTICE_DAYS = 7;

	private HearingPolicy() {
	}

	/** The last day to request a hearing after being told of the right. */
	static LocalDate requestBy(LocalDate notifiedOn, WorkingDays days) {
		return days.addWorkingDays(notifiedOn, REQUEST_DAYS);
	}

	static LocalDate holdBy(LocalDate requestedOn, WorkingDays days) {
		return days.addWorkingDays(requestedOn, HOLD_WITHIN_DAYS);
	}

	static Verdict request(HearingBasis basis, LocalDate notifiedOn, LocalDate requestedOn, WorkingDays days) {
		if (basis == null) {
			return Verdict.refused("请说明听证依据（依法应当听证或依申请听证）", Rule.XK_47);
		}
		if (basis == HearingBasis.REQUIRED) {
			return Verdict.ALLOWED;
		}
		if (notifiedOn == null) {
			return Verdict.refused("尚未告知申请人、利害关系人享有要求听证的权利", Rule.XK_47);
		}
		LocalDate by = requestBy(notifiedOn, days);
		if (requestedOn.isAfter(by)) {
			return Verdict.refused("听证申请应在被告知听证权利之日起" + REQUEST_DAYS + "个工作日内提出，期限已于 " + by + " 届满", Rule.XK_47);
		}
		return Verdict.ALLOWED;
	}

	/** Marking a matter as a major one involving the public interest needs the reason. */
	static Verdict publicInterest(String reason) {
		return reason == null || reason.isBlank() ? Verdict.refused("请说明该许可事项涉及公共利益的重大事项的理由", Rule.XK_46)
				: Verdict.ALLOWED;
	}

	/**
	 * XK-46: where a hearing is required ({@code requiredHearing} names why), no decision
	 * until one was held ({@code hearingRecord}).
	 */
	static Verdict heldIfRequired(String requiredHearing, String hearingRecord) {
		if (requiredHearing != null && hearingRecord == null) {
			return Verdict.refused("本案须举行听证（" + requiredHearing + "），应当向社会公告并举行听证后，根据听证笔录作出决定", Rule.XK_46);
		}
		return Verdict.ALLOWED;
	}

	static Verdict schedule(LocalDate requestedOn, LocalDate noticeOn, LocalDate hearingOn, String host,
			Collection<String> reviewers, WorkingDays days) {
		if (hearingOn == null) {
			return Verdict.refused("请填写听证日期", Rule.XK_48);
		}
		LocalDate holdBy = holdBy(requestedOn, days);
		if (hearingOn.isAfter(holdBy)) {
			return Verdict.refused(
					"应当在收到听证申请之日起" + HOLD_WITHIN_DAYS + "个工作日内组织听证，最迟 " + holdBy + "，拟定日期 " + hearingOn + " 已超出",
					Rule.XK_47);
		}
		if (hearingOn.isBefore(noticeOn) || days.workingDaysBetween(noticeOn, hearingOn) < NOTICE_DAYS) {
			return Verdict.refused("应当于举行听证的" + NOTICE_DAYS + "个工作日前将时间、地点通知申请人、利害关系人，听证日期最早为 "
					+ days.addWorkingDays(noticeOn, NOTICE_DAYS), Rule.XK_48);
		}
		if (host == null || host.isBlank()) {
			return Verdict.refused("请指定听证主持人", Rule.XK_48);
		}
		if (reviewers.contains(host)) {
			return Verdict.refused("听证主持人应当由审查该行政许可申请的工作人员以外的人员担任", Rule.XK_48);
		}
		return Verdict.ALLOWED;
	}

}
