package org.sanxiang.casework.service;

import java.time.LocalDate;
import java.util.List;

import org.sanxiang.casework.licensing.HandlingMode;
import org.sanxiang.casework.licensing.HearingBasis;
import org.sanxiang.casework.licensing.NonAcceptanceGround;
import org.sanxiang.casework.licensing.PauseKind;

/**
 * The body of one action: the revision the caller read (required, optimistic locking) and
 * the fields that action uses; the others are ignored. {@code on} is the day of the act,
 * today when absent. {@code handlingMode} is chosen at acceptance (XK-42b, XK-43);
 * {@code interestedParties} and {@code notice} tell interested parties, {@code party} and
 * {@code statement} record a statement (XK-36). {@code activityStart} and
 * {@code activityEnd} are when a site check, a hearing or a delivery on site ran (ISO
 * 8601, with an offset or in Beijing time, e.g. {@code 2026-06-01T09:00}): a case marked
 * for full recording needs them, and its recordings must cover them (JL-4).
 * {@code condition} names a condition of the legal-review catalogue to flag or to clear,
 * {@code conditionLabel} the name of another condition an officer flags (SH-2); the
 * reason is {@code reason}.
 */
record ActionRequest(Integer revision, LocalDate on, String reason, List<String> missing, NonAcceptanceGround ground,
		String competentBody, List<String> officerIds, String findings, String opinion, Boolean proposeGrant,
		PauseKind pauseKind, String writtenNotice, HearingBasis hearingBasis, LocalDate hearingOn, String host,
		String place, String hearingRecord, String text, String licenceNumber, LocalDate validTo, LocalDate appliedOn,
		DeliveryRequest delivery, HandlingMode handlingMode, List<String> interestedParties, String notice,
		String party, String statement, String activityStart, String activityEnd, String condition,
		String conditionLabel) {

	ActionRequest(Integer revision, LocalDate on, String reason, List<String> missing, NonAcceptanceGround ground,
			String competentBody, List<String> officerIds, String findings, String opinion, Boolean proposeGrant,
			PauseKind pauseKind, String writtenNotice, HearingBasis hearingBasis, LocalDate hearingOn, String host,
			String place, String hearingRecord, String text, String licenceNumber, LocalDate validTo,
			LocalDate appliedOn, DeliveryRequest delivery) {
		this(revision, on, reason, missing, ground, competentBody, officerIds, findings, opinion, proposeGrant,
				pauseKind, writtenNotice, hearingBasis, hearingOn, host, place, hearingRecord, text, licenceNumber,
				validTo, appliedOn, delivery, null, null, null, null, null, null, null, null, null);
	}

	/** This request with the fields of the handling mode and the interested parties. */
	ActionRequest with(HandlingMode handlingMode, List<String> interestedParties, String notice, String party,
			String statement) {
		return new ActionRequest(this.revision, this.on, this.reason, this.missing, this.ground, this.competentBody,
				this.officerIds, this.findings, this.opinion, this.proposeGrant, this.pauseKind, this.writtenNotice,
				this.hearingBasis, this.hearingOn, this.host, this.place, this.hearingRecord, this.text,
				this.licenceNumber, this.validTo, this.appliedOn, this.delivery, handlingMode, interestedParties,
				notice, party, statement, this.activityStart, this.activityEnd, this.condition, this.conditionLabel);
	}

	/** This request with when the activity ran (JL-4). */
	ActionRequest during(String activityStart, String activityEnd) {
		return new ActionRequest(this.revision, this.on, this.reason, this.missing, this.ground, this.competentBody,
				this.officerIds, this.findings, this.opinion, this.proposeGrant, this.pauseKind, this.writtenNotice,
				this.hearingBasis, this.hearingOn, this.host, this.place, this.hearingRecord, this.text,
				this.licenceNumber, this.validTo, this.appliedOn, this.delivery, this.handlingMode,
				this.interestedParties, this.notice, this.party, this.statement, activityStart, activityEnd,
				this.condition, this.conditionLabel);
	}

	/**
	 * This request with the condition of the legal-review catalogue to flag or clear and
	 * the name of another condition (SH-2).
	 */
	ActionRequest withCondition(String condition, String conditionLabel) {
		return new ActionRequest(this.revision, this.on, this.reason, this.missing, this.ground, this.competentBody,
				this.officerIds, this.findings, this.opinion, this.proposeGrant, this.pauseKind, this.writtenNotice,
				this.hearingBasis, this.hearingOn, this.host, this.place, this.hearingRecord, this.text,
				this.licenceNumber, this.validTo, this.appliedOn, this.delivery, this.handlingMode,
				this.interestedParties, this.notice, this.party, this.statement, this.activityStart, this.activityEnd,
				condition, conditionLabel);
	}

	/**
	 * 送达 and its proof: {@code method} is DIRECT, POSTAL, ELECTRONIC, LEFT_AT_ADDRESS or
	 * PUBLIC. The day of delivery comes from the proof: {@code signedOn} (直接, the
	 * signature on the 送达回证), {@code receivedOn} (邮寄, the postal receipt; 电子, the
	 * electronic receipt), {@code leftOn} (留置), {@code publishedOn} + 30 days (公告). 留置
	 * and 公告 are recorded on audio/video: an evidence item of the activity 送达 attached to
	 * the case, or a reason a 负责人 approved (JL-3b, JL-5). {@code receiptEvidence} are the
	 * ids of evidence items of the case's activity 送达 holding the scan of the signed 送达回证
	 * or postal receipt — required for 直接 and 邮寄 unless {@code noReceiptReason} says why
	 * not.
	 */
	record DeliveryRequest(Method method, String receiver, LocalDate signedOn, String trackingNumber,
			LocalDate receivedOn, String consentReference, String receiptId, String witness,
			String whyOtherMethodsFailed, String medium, LocalDate publishedOn, LocalDate leftOn,
			List<String> receiptEvidence, String noReceiptReason) {

		DeliveryRequest(Method method, String receiver, LocalDate signedOn, String trackingNumber, LocalDate receivedOn,
				String consentReference, String receiptId, String witness, String whyOtherMethodsFailed, String medium,
				LocalDate publishedOn) {
			this(method, receiver, signedOn, trackingNumber, receivedOn, consentReference, receiptId, witness,
					whyOtherMethodsFailed, medium, publishedOn, null, null, null);
		}

		/** This delivery with the scans of its signed receipt, or the reason for none. */
		DeliveryRequest withReceipts(List<String> receiptEvidence, String noReceiptReason) {
			return new DeliveryRequest(this.method, this.receiver, this.signedOn, this.trackingNumber, this.receivedOn,
					this.consentReference, this.receiptId, this.witness, this.whyOtherMethodsFailed, this.medium,
					this.publishedOn, this.leftOn, receiptEvidence, noReceiptReason);
		}

		enum Method {

			DIRECT, POSTAL, ELECTRONIC, LEFT_AT_ADDRESS, PUBLIC

		}

	}

}
