package org.sanxiang.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * 决定已送达 by {@code method} with its {@code proof}, on {@code deliveredOn} — the day the
 * method's proof gives (the signature on the 送达回证, the postal or electronic receipt, the
 * day left at the address, 30 days after a public notice); {@code late} when a licence
 * reached the holder after the 10 working days of 第四十四条 (XK-44). {@code startedAt}/
 * {@code endedAt} when the delivery on site (留置, or posting the 公告) ran, when given (the
 * span its audio/video record was checked against, JL-3b, JL-4). {@code receiptEvidence}
 * are the evidence items (activity 送达) holding the scans of the signed 送达回证 or postal
 * receipt, for the case file; {@code receiptMissingReason} why there were none, if so.
 */
public record DecisionDelivered(Recorded recorded, LocalDate deliveredOn, String method, String proof, boolean late,
		Instant startedAt, Instant endedAt, List<UUID> receiptEvidence,
		String receiptMissingReason) implements CaseEvent {

	public DecisionDelivered {
		receiptEvidence = receiptEvidence == null ? List.of() : List.copyOf(receiptEvidence);
	}

	/** A delivery recorded before receipts were attached to it. */
	public DecisionDelivered(Recorded recorded, LocalDate deliveredOn, String method, String proof, boolean late,
			Instant startedAt, Instant endedAt) {
		this(recorded, deliveredOn, method, proof, late, startedAt, endedAt, List.of(), null);
	}

}
