package org.sanxiang.casework.service;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.sanxiang.casework.licensing.HandlingMode;
import org.sanxiang.casework.licensing.HearingBasis;
import org.sanxiang.casework.licensing.NonAcceptanceGround;
import org.sanxiang.casework.licensing.PauseKind;
import org.sanxiang.platform.DateInput;
import org.sanxiang.platform.InputRejected;

/**
 * One action form of the console case page, every field as typed: parsed here into an
 * {@link ActionRequest} so that a mistyped date or choice is a Chinese message naming the
 * field (400), never a binding error page. A refused form is shown again with these
 * values (strings as typed, so a mistyped date is shown as typed too).
 * <p>
 * The delivery form has one fieldset per method; 直接送达 and 留置送达 both name a 受送达人, so 留置's
 * is {@code refusingReceiver} here (two inputs of one name would be joined into one
 * value), and the date on an electronic receipt is {@code electronicReceivedOn} beside
 * the postal {@code receivedOn}. {@code receiptEvidence} are the scans of the signed
 * receipt ticked, {@code noReceiptReason} why there are none.
 */
record LicensingActionForm(String revision, String on, String reason, String missing, String ground,
		String competentBody, List<String> officerIds, String findings, String opinion, String proposeGrant,
		String pauseKind, String writtenNotice, String hearingBasis, String hearingOn, String host, String place,
		String hearingRecord, String text, String licenceNumber, String validTo, String appliedOn,
		String deliveryMethod, String receiver, String signedOn, String trackingNumber, String receivedOn,
		String consentReference, String receiptId, String witness, String whyOtherMethodsFailed, String medium,
		String publishedOn, String refusingReceiver, String handlingMode, String interestedParties, String notice,
		String party, String statement, String activityStart, String activityEnd, String condition,
		String conditionLabel, String leftOn, String electronicReceivedOn, List<String> receiptEvidence,
		String noReceiptReason) {

	/** An empty form, as a new page shows it. */
	static LicensingActionForm empty() {
		return new LicensingActionForm(null, null, null, null, null, null, List.of(), null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, List.of(),
				null);
	}

	ActionRequest toRequest() {
		Integer rev;
		try {
			rev = blank(this.revision) ? null : Integer.valueOf(this.revision.strip());
		}
		catch (NumberFormatException ex) {
			throw InputRejected.invalid("revision", "版本号格式不正确，请刷新后重试");
		}
		ActionRequest.DeliveryRequest.Method method = parse("deliveryMethod", this.deliveryMethod,
				ActionRequest.DeliveryRequest.Method.class);
		String deliveredTo = method == ActionRequest.DeliveryRequest.Method.LEFT_AT_ADDRESS ? this.refusingReceiver
				: this.receiver;
		boolean electronic = method == ActionRequest.DeliveryRequest.Method.ELECTRONIC;
		ActionRequest.DeliveryRequest delivery = method == null ? null
				: new ActionRequest.DeliveryRequest(method, text(deliveredTo), date("signedOn", this.signedOn),
						text(this.trackingNumber),
						electronic ? date("electronicReceivedOn", this.electronicReceivedOn)
								: date("receivedOn", this.receivedOn),
						text(this.consentReference), text(this.receiptId), text(this.witness),
						text(this.whyOtherMethodsFailed), text(this.medium), date("publishedOn", this.publishedOn),
						date("leftOn", this.leftOn),
						this.receiptEvidence == null ? List.of()
								: this.receiptEvidence.stream().filter(e -> !blank(e)).map(String::strip).toList(),
						text(this.noReceiptReason));
		List<String> missingList = blank(this.missing) ? null
				: Arrays.stream(this.missing.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
		List<String> officers = this.officerIds == null ? null
				: this.officerIds.stream().filter(o -> !blank(o)).map(String::strip).toList();
		return new ActionRequest(rev, date("on", this.on), text(this.reason), missingList,
				parse("ground", this.ground, NonAcceptanceGround.class), text(this.competentBody), officers,
				text(this.findings), text(this.opinion),
				blank(this.proposeGrant) ? null : Boolean.valueOf(this.proposeGrant),
				parse("pauseKind", this.pauseKind, PauseKind.class), text(this.writtenNotice),
				parse("hearingBasis", this.hearingBasis, HearingBasis.class), date("hearingOn", this.hearingOn),
				text(this.host), text(this.place), text(this.hearingRecord), text(this.text), text(this.licenceNumber),
				date("validTo", this.validTo), date("appliedOn", this.appliedOn), delivery)
			.with(parse("handlingMode", this.handlingMode, HandlingMode.class), lines(this.interestedParties),
					text(this.notice), text(this.party), text(this.statement))
			.during(text(this.activityStart), text(this.activityEnd))
			.withCondition(text(this.condition), text(this.conditionLabel));
	}

	/** One entry per line, blank lines dropped; {@code null} when there is none. */
	private static List<String> lines(String value) {
		return blank(value) ? null
				: Arrays.stream(value.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String text(String value) {
		return blank(value) ? null : value.strip();
	}

	private static LocalDate date(String field, String value) {
		return DateInput.optional(field, "日期", value);
	}

	private static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
		if (blank(value)) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw InputRejected.invalid(field, "所选项目无效，请重新选择");
		}
	}

}
