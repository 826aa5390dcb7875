package org.sanxiang.disclosure;

import java.time.Instant;
import java.util.UUID;

/**
 * A publication is not published (不予公开, GS-5): minors, 国家秘密, 商业秘密 or 个人隐私, with the
 * recorded reason; by a 负责人, or by the platform for the 不予许可 of a natural person.
 */
public record PublicationHeldBack(UUID publicationId, UUID caseId, String ground, String reason, String actor,
		Instant at) implements PublicationEvent {

	@Override
	public String journalActor() {
		return this.actor;
	}

	@Override
	public UUID journalCase() {
		return this.caseId;
	}

}
