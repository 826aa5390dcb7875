package org.sanxiang.disclosure;

import java.time.Instant;

import org.sanxiang.journal.Journaled;

/**
 * An agency changed how its decisions are published: automatically or after one approval,
 * whether refusals of natural persons are published (GS-3, GS-5), and the disclosure
 * periods (GS-6).
 */
public record PublicationSettingsChanged(String agencyCode, boolean autoPublish, boolean publishPersonRefusals,
		int grantYearsAfterValidity, int grantYearsWithoutValidity, int refusalYears, int withdrawnYears, String actor,
		Instant at) implements Journaled {

	@Override
	public String journalActor() {
		return this.actor;
	}

}
