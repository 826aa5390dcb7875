package org.sanxiang.disclosure.search;

import java.util.List;

import org.sanxiang.disclosure.PublishedDecisions;

import org.springframework.stereotype.Component;

/**
 * One place that answers the list, the search page and the API alike: with search text,
 * the index (every record containing it, best first); without, the database's public
 * list, newest decision first.
 */
@Component
class DecisionSearch {

	/**
	 * A page of rows; {@code total} is exact when {@code totalExact}, else a lower bound
	 * (a search with more than {@link DecisionIndex#COUNT_LIMIT} matches);
	 * {@code complete} is false while the index is still being built (then a search may
	 * miss records not yet indexed).
	 */
	record Result(List<DecisionRow> rows, long total, boolean totalExact, boolean searched, boolean complete) {
	}

	private final PublishedDecisions decisions;

	private final DecisionIndexer index;

	DecisionSearch(PublishedDecisions decisions, DecisionIndexer index) {
		this.decisions = decisions;
		this.index = index;
	}

	Result find(DecisionFilters filters, int offset, int limit) {
		if (filters.searching()) {
			DecisionIndex.Hits hits = this.index.search(filters.q(), filters.query(offset, limit));
			return new Result(hits.rows(), hits.total(), hits.exact(), true, !this.index.building());
		}
		PublishedDecisions.Page page = this.decisions.list(filters.query(offset, limit));
		return new Result(page.items().stream().map(DecisionRow::of).toList(), page.total(), true, false, true);
	}

}
