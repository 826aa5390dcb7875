package org.sanxiang.casework.service;

import java.time.LocalDate;
import java.util.List;

import org.sanxiang.casework.licensing.HearingBasis;
import org.sanxiang.casework.licensing.NonAcceptanceGround;
import org.sanxiang.casework.licensing.PauseKind;

/**
 * The body of one action: the revision the caller read (required, optimistic locking) and
 * the fields that action uses; the others are ignored. {@code on} is the day of the act,
 * today when absent.
 */
record ActionRequest(Integer revision, LocalDate on, String reason, List<String> missing, NonAcceptanceGround ground,
		String competentBody, List<String> officerIds, String findings, String opinion, Boolean proposeGrant,
		PauseKind pauseKind, String writtenNotice, HearingBasis hearingBasis, LocalDate hearingOn, String host,
		String place, String hearingRecord, String text, String licenceNumber, LocalDate validTo, LocalDate appliedOn,
		DeliveryRequest delivery) {

	/**
	 * 送达 and its proof: {@code method} is DIRECT, POSTAL, ELECTRONIC, LEFT_AT_ADDRESS or
	 * PUBLIC.
	 */
	record DeliveryRequest(Method method, String receiver, LocalDate signedOn, String trackingNumber,
			LocalDate receivedOn, String consentReference, String receiptId, String witness, String mediaRecord,
			String whyOtherMethodsFailed, String medium, LocalDate publishedOn) {

		enum Method {

			DIRECT, POSTAL, ELECTRONIC, LEFT_AT_ADDRESS, PUBLIC

		}

	}

}
