package org.sanxiang.catalog;

/**
 * Content of one versioned catalog entry; {@link #key()} identifies the entry across
 * versions.
 */
public sealed interface CatalogEntry
		permits Agency, Unit, Officer, Item, SupervisionMethod, MajorCondition, DiscretionBenchmark {

	String key();

	/** Name shown in the change history. */
	String displayName();

}
