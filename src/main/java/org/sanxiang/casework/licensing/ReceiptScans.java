package org.sanxiang.casework.licensing;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * The scans of the signed 送达回证 or the postal receipt attached to a delivery: evidence
 * items of the case's activity 送达 (uploaded like any evidence), or the reason there are
 * none yet. The service has checked that each item is a scan of this case's 送达; the core
 * only weighs whether there is one (JL-2: 送达回证 are part of the written record).
 *
 * @param evidence the evidence items, in the order given, without repeats
 * @param missingReason why no scan is attached, or {@code null}
 */
public record ReceiptScans(List<UUID> evidence, String missingReason) {

	public ReceiptScans {
		evidence = evidence == null ? List.of() : List.copyOf(new LinkedHashSet<>(evidence));
		missingReason = missingReason == null || missingReason.isBlank() ? null : missingReason.strip();
	}

	/** Nothing attached and no reason given. */
	public static ReceiptScans none() {
		return new ReceiptScans(List.of(), null);
	}

	/** Scans attached. */
	public static ReceiptScans of(UUID... evidence) {
		return new ReceiptScans(List.of(evidence), null);
	}

	/** No scan, for the reason given. */
	public static ReceiptScans missing(String reason) {
		return new ReceiptScans(List.of(), reason);
	}

}
