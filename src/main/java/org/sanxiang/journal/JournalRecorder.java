package org.sanxiang.journal;

import org.sanxiang.calendar.CalendarChanged;
import org.sanxiang.catalog.CatalogEntryChanged;
import org.sanxiang.identity.AccessEvent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Appends every journaled event as it is published, inside the publisher's transaction
 * (JL-1): a synchronous listener, so a failing append fails the change, and a rolled-back
 * change takes its entry with it. Identity's, calendar's and catalog's events are adapted
 * here, since those modules sit below the journal and do not know it.
 */
@Component
class JournalRecorder {

	private final Journal journal;

	JournalRecorder(Journal journal) {
		this.journal = journal;
	}

	@EventListener
	void on(Journaled event) {
		this.journal.append(event.journalActor(), event.journalCase(), event.getClass().getSimpleName(), event);
	}

	@EventListener
	void on(AccessEvent event) {
		this.journal.append(event.username(), null, event.getClass().getSimpleName(), event);
	}

	@EventListener
	void on(CalendarChanged event) {
		this.journal.append(event.actor(), null, event.getClass().getSimpleName(), event);
	}

	@EventListener
	void on(CatalogEntryChanged event) {
		this.journal.append(event.actor(), null, event.getClass().getSimpleName(), event);
	}

}
