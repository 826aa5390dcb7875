package org.sanxiang.casework.licensing;

import java.time.LocalDate;
import java.util.List;

import static org.sanxiang.casework.licensing.CaseAction.*;

/**
 * Where a licensing case stands: one record per state, each with its Chinese label and
 * the actions the procedure allows in it (the policies may still refuse an allowed action
 * on the facts).
 */
public sealed interface LicensingState {

	/** The Chinese name shown to staff and applicants, e.g. {@code 审查中}. */
	String label();

	/** The actions this state allows, in the order the console offers them. */
	List<CaseAction> actions();

	/**
	 * What can happen to a granted licence: 延续 is applied for (RENEWAL_APPLIED) and then
	 * granted (RENEW_LICENCE) or denied (DENY_RENEWAL), XK-50.
	 */
	List<CaseAction> LICENCE_ACTIONS = List.of(ALTER_LICENCE, RENEWAL_APPLIED, RENEW_LICENCE, DENY_RENEWAL,
			WITHDRAW_LICENCE, REVOKE_LICENCE, CANCEL_LICENCE);

	/**
	 * 已接收: materials received; acceptance, non-acceptance or one correction notice is
	 * due.
	 */
	record Received(LocalDate receivedOn, boolean corrected) implements LicensingState {

		public String label() {
			return "已接收";
		}

		public List<CaseAction> actions() {
			return List.of(ACCEPT, REQUEST_CORRECTION, NOT_ACCEPT, DEEM_ACCEPTED);
		}

	}

	/** 待补正: the applicant was told, once, everything to correct (XK-32b). */
	record AwaitingCorrection(LocalDate noticeOn, List<String> missing) implements LicensingState {

		public AwaitingCorrection {
			missing = List.copyOf(missing);
		}

		public String label() {
			return "待补正";
		}

		public List<CaseAction> actions() {
			return List.of(SUBMIT_CORRECTION, NOT_ACCEPT);
		}

	}

	/** 不予受理 (XK-32a); the case only awaits its archive. */
	record NotAccepted(LocalDate decidedOn, String reason, String competentBody) implements LicensingState {

		public String label() {
			return "不予受理";
		}

		public List<CaseAction> actions() {
			return List.of(ARCHIVE);
		}

	}

	/** 审查中: accepted (or deemed accepted, XK-32b); the decision clock runs (XK-42). */
	record UnderReview(LocalDate acceptedOn) implements LicensingState {

		public String label() {
			return "审查中";
		}

		public List<CaseAction> actions() {
			return List.of(ASSIGN_OFFICERS, RECORD_SITE_INSPECTION, RECORD_OPINION, NOTIFY_INTERESTED_PARTIES,
					RECORD_STATEMENT, EXTEND, PAUSE, RESUME, MARK_PUBLIC_INTEREST, MARK_FULL_RECORDING,
					NOTIFY_HEARING_RIGHT, REQUEST_HEARING, GRANT, DENY);
		}

	}

	/**
	 * 听证中: a hearing was requested (XK-47) or ordered (XK-46); the decision clock is
	 * paused (XK-45). {@code hearingOn} and {@code host} are set once notified (XK-48).
	 */
	record HearingPending(LocalDate requestedOn, LocalDate holdBy, LocalDate hearingOn,
			String host) implements LicensingState {

		public String label() {
			return "听证中";
		}

		public List<CaseAction> actions() {
			return this.hearingOn == null ? List.of(SCHEDULE_HEARING, MARK_FULL_RECORDING)
					: List.of(SCHEDULE_HEARING, RECORD_HEARING, MARK_FULL_RECORDING);
		}

	}

	/**
	 * 已决定: granted or denied, to be delivered; a delivery on site may still be found to
	 * need full recording (JL-4).
	 */
	sealed interface Decided extends LicensingState {

		Decision decision();

		default List<CaseAction> actions() {
			return List.of(DELIVER, MARK_FULL_RECORDING);
		}

	}

	/** 准予许可. */
	record Granted(Decision decision) implements Decided {

		public String label() {
			return "准予许可";
		}

	}

	/** 不予许可, with reasons and remedies (XK-38). */
	record Denied(Decision decision) implements Decided {

		public String label() {
			return "不予许可";
		}

	}

	/** 已送达. */
	record Delivered(Decision decision, LocalDate deliveredOn, String method) implements LicensingState {

		public String label() {
			return "已送达";
		}

		public List<CaseAction> actions() {
			return this.decision.granted() ? concat(List.of(ARCHIVE), LICENCE_ACTIONS) : List.of(ARCHIVE);
		}

	}

	/**
	 * 已归档: the case file is closed and the case is read only — no action of any kind
	 * (JL-1: the record of a case ends with its archiving). A later change of the licence
	 * (变更, 延续, 撤回, 撤销, 注销) is a matter of its own. The case file and the evidence used in
	 * it are kept until {@code retainUntil} (保管期限, JL-6).
	 *
	 * @param retainUntil the last day of the retention period; {@code null} for a case
	 * archived before the period was recorded
	 */
	record Archived(LocalDate archivedOn, boolean granted, LocalDate retainUntil) implements LicensingState {

		public String label() {
			return "已归档";
		}

		public List<CaseAction> actions() {
			return List.of();
		}

	}

	private static List<CaseAction> concat(List<CaseAction> a, List<CaseAction> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
	}

}
