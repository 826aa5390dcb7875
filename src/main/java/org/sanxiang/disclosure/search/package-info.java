/**
 * 事后公开 for the public: the list of public licensing decisions with filters, Chinese
 * full-text search at {@code /search} over a Lucene index (every record that contains the
 * query in its party name, item name or document number is found; smartcn words and
 * recency rank them), a decision's page with its 双公示 fields (GS-7), history (GS-4), the
 * document's QR verification and the journal's inclusion proof, per-item figures, and the
 * same as JSON under {@code /api/v1/public/decisions}. Reads publications only through
 * {@link org.sanxiang.disclosure.PublishedDecisions}; the index is derived data, rebuilt
 * at start and on demand, and follows {@link org.sanxiang.disclosure.PublicationEvent}s
 * after commit.
 */
package org.sanxiang.disclosure.search;
