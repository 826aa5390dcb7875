package org.sanxiang.disclosure.search;

import java.time.LocalDate;
import java.util.UUID;

import org.sanxiang.disclosure.Publication;
import org.sanxiang.disclosure.PublicationStatus;

/**
 * One line of the public decisions list and of search results: who, which item, what was
 * decided, the document number and date, and whether the notice stands or was withdrawn
 * (GS-4: shown as 已撤回 with its reason).
 */
record DecisionRow(UUID id, String partyName, String itemCode, String itemName, String action, String documentNumber,
		LocalDate decidedOn, String currentStatus, boolean withdrawn, String withdrawalReason) {

	static DecisionRow of(Publication publication) {
		return new DecisionRow(publication.id(), publication.partyName(), publication.itemCode(),
				publication.itemName(), publication.action(), publication.documentNumber(), publication.decidedOn(),
				publication.currentStatus(), publication.status() == PublicationStatus.WITHDRAWN,
				publication.withdrawalReason());
	}

}
