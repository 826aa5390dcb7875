package org.sanxiang.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.sanxiang.casework.CaseId;

/**
 * A document was issued on a case: its number, the template version it was made from and
 * the SM3 digest of its PDF (GB/T 32905), which the public verification page shows.
 */
public record DocumentIssued(UUID documentId, CaseId caseId, String number, String templateCode, int templateVersion,
		String title, LocalDate issuedOn, String sm3, int pages, String actor, Instant at) implements DocumentEvent {
}
