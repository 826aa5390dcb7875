package org.sanxiang.documents;

import java.time.Instant;
import java.util.UUID;

import org.sanxiang.casework.CaseId;

/**
 * A 负责人 voided a document (作废): its number stays in the register with the reason and is
 * never used again.
 */
public record DocumentVoided(UUID documentId, CaseId caseId, String number, String reason, String actor,
		Instant at) implements DocumentEvent {
}
