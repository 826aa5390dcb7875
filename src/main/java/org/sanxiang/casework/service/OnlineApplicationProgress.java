package org.sanxiang.casework.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.sanxiang.casework.licensing.CaseDeadlines;
import org.sanxiang.casework.licensing.LicensingCase;
import org.sanxiang.casework.licensing.LicensingState;
import org.sanxiang.platform.InputRejected;

import org.springframework.stereotype.Component;

/**
 * What an applicant may see of their case by number and query code, for the portal page
 * and the public API alike: item, state in plain words, the statutory and promised
 * deadlines (dates only) and the steps taken with their dates — no personal data beyond
 * the applicant's own name, no staff names, no internal notes such as opinions or
 * findings (issue 4 item 9).
 */
@Component
class OnlineApplicationProgress {

	private final Casework casework;

	OnlineApplicationProgress(Casework casework) {
		this.casework = casework;
	}

	/**
	 * The applicant's view of a case.
	 *
	 * @param decisionDue the statutory decision deadline (行政许可法 第四十二条, XK-42), while
	 * undecided
	 * @param promisedDue the item's promised deadline (承诺时限), while undecided
	 * @param explanation what the state means and what comes next, in plain words
	 * @param correctionNoticeBy while received: the last day for a correction notice
	 * (XK-32b)
	 * @param missing while awaiting correction: everything to correct, as told once
	 * @param competentBody after non-acceptance: the body to apply to, if another
	 * (XK-32a)
	 * @param deliveryDue after a grant: the last day to deliver the licence (XK-44)
	 */
	record Progress(String number, String itemCode, String item, String applicant, String state, LocalDate receivedOn,
			LocalDate acceptedOn, LocalDate decisionDue, LocalDate decidedOn, List<Step> timeline,
			LocalDate promisedDue, String explanation, LocalDate correctionNoticeBy, List<String> missing,
			String competentBody, LocalDate deliveryDue) {
	}

	/** One step taken, on its day, in plain words. */
	record Step(LocalDate on, String label) {
	}

	/**
	 * The case when number and code match; empty otherwise — an unknown number and a
	 * wrong code look the same.
	 */
	Optional<Progress> find(String number, String code) {
		return this.casework.progress(number, code).map(this::progress);
	}

	private Progress progress(StoredCase stored) {
		LicensingCase c = stored.licensingCase();
		CaseDeadlines d = c.deadlines();
		LocalDate today = this.casework.today();
		boolean undecided = d.decidedOn() == null;
		LocalDate due = undecided ? safely(() -> d.decisionDue(this.casework.workingDays(), today)) : null;
		LocalDate promised = undecided ? safely(() -> d.promisedDue(this.casework.workingDays(), today)) : null;
		LicensingState state = c.state();
		LocalDate correctionBy = state instanceof LicensingState.Received
				? safely(() -> d.correctionNoticeBy(this.casework.workingDays())) : null;
		LocalDate deliveryDue = state instanceof LicensingState.Granted
				? safely(() -> d.deliveryDue(this.casework.workingDays())) : null;
		List<String> missing = state instanceof LicensingState.AwaitingCorrection a ? a.missing() : List.of();
		String competentBody = state instanceof LicensingState.NotAccepted n ? n.competentBody() : null;
		Boolean granted = granted(state);
		return new Progress(stored.number(), c.item().content().code(), c.item().content().name(),
				stored.applicant().name(), state.label(), d.receivedOn(), d.acceptedOn(), due, d.decidedOn(),
				this.casework.timeline(c.id())
					.stream()
					.map(t -> new Step(t.at().toLocalDate(), label(t.type(), granted)))
					.toList(),
				promised, explanation(state, d.paused()), correctionBy, missing, competentBody, deliveryDue);
	}

	/** A due date beyond the loaded calendar years is not shown; the rest is. */
	private static LocalDate safely(Supplier<LocalDate> due) {
		try {
			return due.get();
		}
		catch (InputRejected ex) {
			return null;
		}
	}

	/** Whether the case was granted, denied, or ({@code null}) not yet decided. */
	private static Boolean granted(LicensingState state) {
		if (state instanceof LicensingState.Decided decided) {
			return decided.decision().granted();
		}
		if (state instanceof LicensingState.Delivered delivered) {
			return delivered.decision().granted();
		}
		if (state instanceof LicensingState.Archived archived) {
			// a grant always issues a licence; an archived case without one that was
			// decided was denied
			return archived.granted();
		}
		return null;
	}

	/** The state in plain words, with what comes next. */
	static String explanation(LicensingState state, boolean paused) {
		if (state instanceof LicensingState.Received) {
			return "申请材料已收到。本机关将当场或在5个工作日内决定是否受理；材料不齐全的，将一次性告知需要补正的全部内容。逾期不告知的，自收到申请材料之日起即为受理。";
		}
		if (state instanceof LicensingState.AwaitingCorrection) {
			return "申请材料需要补正。请按补正告知一次性补齐下列内容后提交，补正后本机关重新审查是否受理。";
		}
		if (state instanceof LicensingState.NotAccepted) {
			return "本机关决定不予受理，不予受理决定书将送达您。";
		}
		if (state instanceof LicensingState.UnderReview) {
			return paused ? "已受理，正在审查。听证、检验、检测、鉴定、专家评审等所需时间不计入办理期限，办理期限相应顺延。" : "已受理，正在审查。本机关将在办理期限内作出决定。";
		}
		if (state instanceof LicensingState.HearingPending) {
			return "听证程序进行中。听证所需时间不计入办理期限。";
		}
		if (state instanceof LicensingState.Granted) {
			return "已作出准予许可的决定，许可证件将自决定之日起10个工作日内送达。";
		}
		if (state instanceof LicensingState.Denied) {
			return "已作出不予许可的决定，决定书将写明理由并送达您。对决定不服的，可以依法申请行政复议或者提起行政诉讼。";
		}
		if (state instanceof LicensingState.Delivered delivered) {
			return delivered.decision().granted() ? "准予许可的决定已送达。" : "不予许可的决定已送达。对决定不服的，可以依法申请行政复议或者提起行政诉讼。";
		}
		return "办理完毕，案卷已归档。";
	}

	/** A step in plain words: what happened, never who did it or what they noted. */
	static String label(String eventType, Boolean granted) {
		return switch (eventType) {
			case "ApplicationReceived" -> "已接收申请材料";
			case "CorrectionRequested" -> "一次性告知需要补正的材料";
			case "CorrectionSubmitted" -> "已收到补正材料";
			case "ApplicationAccepted" -> "已受理";
			case "ApplicationNotAccepted" -> "不予受理";
			case "OfficersAssigned" -> "审查中：已确定承办人员";
			case "SiteInspectionRecorded" -> "审查中：已进行现场核查";
			case "OpinionRecorded" -> "审查中：已提出审查意见";
			case "CaseDecided" -> granted == null ? "已作出决定" : (granted ? "准予许可" : "不予许可");
			case "DecisionDelivered" -> "决定已送达";
			case "CaseArchived" -> "办结归档";
			case "DecisionPeriodExtended" -> "经本机关负责人批准，办理期限延长";
			case "ClockPaused" -> "办理期限暂停计算（听证、检验、鉴定、专家评审等时间不计入）";
			case "ClockResumed" -> "恢复计算办理期限";
			case "HearingRightNotified" -> "已告知听证权利";
			case "HearingRequested" -> "听证程序启动";
			case "HearingScheduled" -> "已通知听证的时间、地点";
			case "HearingHeld" -> "已举行听证";
			case "LicenceChanged" -> "许可证件信息变更";
			default -> "审查中";
		};
	}

}
