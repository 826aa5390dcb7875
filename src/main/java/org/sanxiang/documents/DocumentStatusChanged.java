package org.sanxiang.documents;

import java.time.Instant;
import java.util.UUID;

import org.sanxiang.casework.CaseId;

/**
 * A document's status followed what happened to the licence it granted: {@code from} and
 * {@code to} are {@link DocumentStatus} labels, {@code cause} the case event that moved
 * it (e.g. {@code LicenceChanged:撤销}).
 */
public record DocumentStatusChanged(UUID documentId, CaseId caseId, String number, String from, String to,
		String reason, String cause, String actor, Instant at) implements DocumentEvent {
}
