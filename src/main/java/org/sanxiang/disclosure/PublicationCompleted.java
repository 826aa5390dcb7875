package org.sanxiang.disclosure;

import java.time.Instant;
import java.util.UUID;

/**
 * The decision document was issued: the publication carries its 文书号 and title (XK_WSH,
 * XK_XKWS, GS-7) and can be published.
 */
public record PublicationCompleted(UUID publicationId, UUID caseId, String documentTitle, String documentNumber,
		String actor, Instant at) implements PublicationEvent {

	@Override
	public String journalActor() {
		return this.actor;
	}

	@Override
	public UUID journalCase() {
		return this.caseId;
	}

}
