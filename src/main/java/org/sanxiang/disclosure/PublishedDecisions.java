package org.sanxiang.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The decisions the public may see (事后公开, GS-3, GS-4, GS-6), for the portal, search and
 * open data. "Public today" means published or withdrawn and not past its disclosure
 * period, on the injected clock's date; nothing else ever leaves through this interface.
 */
public interface PublishedDecisions {

	/** One page of the public list, newest decision first. */
	record Page(List<Publication> items, long total) {
	}

	Page list(PublicationQuery query);

	/** A publication if it is public today. */
	Optional<Publication> find(UUID id);

	/**
	 * Every publication public today, in no particular order, streamed (index builds,
	 * exports).
	 */
	void forEachPublic(Consumer<Publication> action);

	/** The public publications of one case, oldest first. */
	List<Publication> ofCase(UUID caseId);

	/**
	 * What happened to a public publication, oldest first: published, corrected,
	 * withdrawn, each with its public note.
	 */
	List<HistoryEntry> history(UUID id);

	/** One step of a publication's public history. */
	record HistoryEntry(java.time.Instant at, String change, String note) {
	}

	/**
	 * The publications whose row changed (any status, on any node) after {@code since} by
	 * the database's clock, and the database's time when asked; {@code since} null: none,
	 * only the time. For the per-node search index catch-up.
	 */
	Changes changedSince(java.time.Instant since);

	/** Publications changed since a time, and the database's time of the question. */
	record Changes(List<UUID> ids, java.time.Instant asOf) {
	}

	/** Today's date on the clock the publication rules use. */
	LocalDate today();

}
