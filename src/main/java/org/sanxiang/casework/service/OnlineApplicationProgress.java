package org.sanxiang.casework.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.sanxiang.casework.licensing.LicensingCase;
import org.sanxiang.platform.InputRejected;

import org.springframework.stereotype.Component;

/**
 * What an applicant may see of their case by number and query code, for the portal page
 * and the public API alike: item, state, dates and the steps taken — no personal data
 * beyond the applicant's own name, no staff names (issue 4 item 9).
 */
@Component
class OnlineApplicationProgress {

	private final Casework casework;

	OnlineApplicationProgress(Casework casework) {
		this.casework = casework;
	}

	record Progress(String number, String itemCode, String item, String applicant, String state, LocalDate receivedOn,
			LocalDate acceptedOn, LocalDate decisionDue, LocalDate decidedOn, List<Step> timeline) {
	}

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
		LocalDate due;
		try {
			due = c.deadlines().decidedOn() == null
					? c.deadlines().decisionDue(this.casework.workingDays(), this.casework.today()) : null;
		}
		catch (InputRejected ex) {
			// a due date beyond the loaded calendar years: show the rest
			due = null;
		}
		return new Progress(stored.number(), c.item().content().code(), c.item().content().name(),
				stored.applicant().name(), c.state().label(), c.deadlines().receivedOn(), c.deadlines().acceptedOn(),
				due, c.deadlines().decidedOn(),
				this.casework.timeline(c.id())
					.stream()
					.map(t -> new Step(t.at().toLocalDate(), label(t.type())))
					.toList());
	}

	static String label(String eventType) {
		return switch (eventType) {
			case "ApplicationReceived" -> "接收申请";
			case "CorrectionRequested" -> "补正告知";
			case "CorrectionSubmitted" -> "提交补正材料";
			case "ApplicationAccepted" -> "受理";
			case "ApplicationNotAccepted" -> "不予受理";
			case "CaseDecided" -> "作出决定";
			case "DecisionDelivered" -> "送达";
			case "CaseArchived" -> "归档";
			case "DecisionPeriodExtended" -> "延长审查期限";
			case "ClockPaused" -> "中止计时";
			case "ClockResumed" -> "恢复计时";
			case "HearingRequested", "HearingScheduled", "HearingHeld", "HearingRightNotified" -> "听证程序";
			case "LicenceChanged" -> "证照变更";
			default -> "审查";
		};
	}

}
