package org.sanxiang.disclosure.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Bits;

import org.sanxiang.disclosure.Publication;
import org.sanxiang.disclosure.PublicationQuery;
import org.sanxiang.disclosure.PublicationStatus;

/**
 * The Lucene index of public decisions: derived data, rebuilt from the database and kept
 * current by events, never the record itself.
 * <p>
 * Three kinds of field. Recall: party name, item name and document number each as
 * unigrams plus bigrams of their normalised text ({@link GramTokenizer},
 * {@link SearchText}); a query is the phrase of its bigrams, so every record that
 * contains the query as a substring of one of them is found, whatever a word segmenter
 * would make of it. Ranking: smartcn words over party, item and content (BM25), plus
 * recency. Filters and figures: item, decision, 当前状态, decision date and the end of the
 * disclosure period (GS-6), so a notice whose period ended today is gone from results
 * even before the index hears of it.
 * <p>
 * Not a Spring bean: {@link DecisionIndexer} owns one and serialises every write; reads
 * go through a near-real-time {@link SearcherManager} and run in parallel with writes.
 */
final class DecisionIndex implements Closeable {

	static final String ID = "id";

	static final String PARTY = "party";

	static final String NUMBER = "number";

	static final String HAS_NUMBER = "has_number";

	static final String WORDS = "words";

	static final String ITEM_CODE = "item_code";

	static final String ITEM_NAME = "item_name";

	static final String ACTION = "action";

	static final String CURRENT = "current";

	static final String STATUS = "status";

	static final String DECIDED = "decided";

	static final String UNTIL = "until";

	static final String GENERATION = "generation";

	static final String REASON = "reason";

	static final String FEATURES = "features";

	static final String RECENCY = "recency";

	/** No end of the disclosure period (GS-6). */
	private static final long FOREVER = Long.MAX_VALUE;

	/**
	 * Recency: one point per ~55 years, so it orders equal matches without outweighing
	 * words.
	 */
	private static final float RECENCY_WEIGHT = 1f / 20000;

	private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

	private static final FieldType GRAMS = grams();

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final Analyzer words = new SmartChineseAnalyzer();

	DecisionIndex(Directory directory) {
		try {
			this.directory = directory;
			Map<String, Analyzer> fields = Map.of(PARTY, GramTokenizer.analyzer(SearchText::name), NUMBER,
					GramTokenizer.analyzer(SearchText::number));
			IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(this.words, fields));
			config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
			config.setRAMBufferSizeMB(64);
			this.writer = new IndexWriter(directory, config);
			this.searchers = new SearcherManager(this.writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static FieldType grams() {
		FieldType type = new FieldType();
		type.setTokenized(true);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
		type.setOmitNorms(true);
		type.freeze();
		return type;
	}

	// --- writing (one thread at a time: DecisionIndexer's) ---

	/**
	 * Adds or replaces a publication, marked with the rebuild generation it belongs to.
	 */
	void put(Publication publication, long generation) {
		try {
			this.writer.updateDocument(new Term(ID, publication.id().toString()), document(publication, generation));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void delete(UUID id) {
		try {
			this.writer.deleteDocuments(new Term(ID, id.toString()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Ends a rebuild: drops what an earlier generation indexed and the rebuild did not
	 * see again (no longer public), and commits.
	 */
	void dropOlderThan(long generation) {
		try {
			this.writer.deleteDocuments(LongPoint.newRangeQuery(GENERATION, Long.MIN_VALUE, generation - 1));
			this.writer.setLiveCommitData(Map.of(GENERATION, Long.toString(generation)).entrySet());
			this.writer.commit();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The generation of the last complete rebuild committed to the directory, or 0. */
	long committedGeneration() {
		for (Map.Entry<String, String> entry : this.writer.getLiveCommitData()) {
			if (GENERATION.equals(entry.getKey())) {
				return Long.parseLong(entry.getValue());
			}
		}
		return 0;
	}

	/** Makes what was written visible to searches. */
	void refresh() {
		try {
			this.searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Document document(Publication p, long generation) {
		Document doc = new Document();
		doc.add(new StringField(ID, p.id().toString(), Field.Store.YES));
		doc.add(new Field(PARTY, p.partyName(), GRAMS));
		if (p.documentNumber() != null) {
			doc.add(new Field(NUMBER, p.documentNumber(), GRAMS));
			doc.add(new StoredField(NUMBER, p.documentNumber()));
			doc.add(new StringField(HAS_NUMBER, "1", Field.Store.NO));
		}
		doc.add(new TextField(WORDS, p.partyName(), Field.Store.NO));
		doc.add(new TextField(WORDS, p.itemName(), Field.Store.NO));
		doc.add(new TextField(WORDS, p.content(), Field.Store.NO));
		keyword(doc, ITEM_CODE, p.itemCode());
		keyword(doc, ITEM_NAME, p.itemName());
		keyword(doc, ACTION, p.action());
		keyword(doc, CURRENT, p.currentStatus());
		keyword(doc, STATUS, p.status().name());
		doc.add(new StoredField(PARTY, p.partyName()));
		if (p.withdrawalReason() != null) {
			doc.add(new StoredField(REASON, p.withdrawalReason()));
		}
		long decided = p.decidedOn().toEpochDay();
		doc.add(new LongPoint(DECIDED, decided));
		doc.add(new NumericDocValuesField(DECIDED, decided));
		doc.add(new StoredField(DECIDED, decided));
		long until = p.disclosureUntil() == null ? FOREVER : p.disclosureUntil().toEpochDay();
		doc.add(new LongPoint(UNTIL, until));
		doc.add(new NumericDocValuesField(UNTIL, until));
		doc.add(new LongPoint(GENERATION, generation));
		doc.add(new FeatureField(FEATURES, RECENCY,
				Math.max(1f, p.decidedOn().toEpochDay() - EPOCH.toEpochDay() + 1f)));
		return doc;
	}

	private static void keyword(Document doc, String field, String value) {
		doc.add(new StringField(field, value, Field.Store.YES));
		doc.add(new SortedDocValuesField(field, new BytesRef(value)));
	}

	// --- reading ---

	/**
	 * Matches are counted exactly up to this many; beyond it the total is a lower bound
	 * ("10000 条以上"). Nobody can page past {@link DecisionFilters#MAX_OFFSET} anyway, and
	 * counting every one of 100,000 matches of a common word (有限合伙) cost more than
	 * finding the first page.
	 */
	static final int COUNT_LIMIT = DecisionFilters.MAX_OFFSET;

	/**
	 * One page of matches and how many there are in all: exactly when {@code exact}, else
	 * at least {@code total}.
	 */
	record Hits(List<DecisionRow> rows, long total, boolean exact) {
	}

	/**
	 * The public decisions that contain {@code text} (already checked: not blank, at most
	 * {@link SearchText#MAX_QUERY} characters) in their party name, item name or document
	 * number, or its smartcn words in a row in their content, within the filters, best
	 * first.
	 */
	Hits search(String text, PublicationQuery filters, LocalDate today) {
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				List<String> tokens = words(text);
				Query match = filtered(match(text, tokens, searcher.getIndexReader()), filters, today);
				// the score is the match's: party or number 3, item 2, the query's
				// smartcn words in
				// a row 1 (so a record where the query is a word ranks above one where it
				// straddles words), plus recency; no per-term BM25, which would score
				// every
				// match of a common place name and cost ten times more at 1M records
				BooleanQuery.Builder ranked = new BooleanQuery.Builder().add(match, Occur.MUST);
				ranked.add(FeatureField.newLinearQuery(FEATURES, RECENCY, RECENCY_WEIGHT), Occur.SHOULD);
				int wanted = filters.offset() + filters.limit();
				// one pass: the first page, and the count up to COUNT_LIMIT; past it
				// Lucene
				// skips what cannot reach the page instead of verifying every phrase
				TopDocs top = searcher.search(ranked.build(),
						new TopScoreDocCollectorManager(wanted, null, Math.max(wanted, COUNT_LIMIT)));
				boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
				long total = exact ? top.totalHits.value : COUNT_LIMIT;
				List<DecisionRow> rows = new ArrayList<>(filters.limit());
				StoredFields stored = searcher.storedFields();
				ScoreDoc[] docs = top.scoreDocs;
				for (int i = filters.offset(); i < docs.length; i++) {
					rows.add(row(stored.document(docs[i].doc)));
				}
				return new Hits(rows, total, exact);
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Every match of {@link #search}, unranked and unpaged: for recall checks against a
	 * brute-force scan.
	 */
	java.util.Set<UUID> ids(String text, PublicationQuery filters, LocalDate today) {
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				Query match = filtered(match(text, words(text), searcher.getIndexReader()), filters, today);
				int count = searcher.count(match);
				java.util.Set<UUID> ids = new java.util.HashSet<>(count * 2);
				if (count == 0) {
					return ids;
				}
				StoredFields stored = searcher.storedFields();
				for (ScoreDoc doc : searcher.search(match, count).scoreDocs) {
					ids.add(UUID.fromString(stored.document(doc.doc, java.util.Set.of(ID)).get(ID)));
				}
				return ids;
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** How many public decisions the index holds today. */
	long size(LocalDate today) {
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return searcher.count(LongPoint.newRangeQuery(UNTIL, today.toEpochDay(), FOREVER));
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The query that decides what matches (no ranking). Item names are few (the
	 * catalogue's), so they are compared with the query directly, each distinct name
	 * once, and the matching ones become term queries: exact, and far cheaper than a
	 * phrase over every record of a popular item.
	 */
	Query match(String text, List<String> tokens, IndexReader reader) throws IOException {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		String name = SearchText.name(text);
		should(any, exact(PARTY, name), 3f);
		should(any, items(name, reader), 2f);
		String number = SearchText.number(text);
		// only brackets, spaces or 号: every record with a document number may contain it
		should(any,
				number.isEmpty() && !text.isBlank() ? new TermQuery(new Term(HAS_NUMBER, "1")) : exact(NUMBER, number),
				3f);
		should(any, phrase(WORDS, tokens), 1f);
		BooleanQuery query = any.build();
		return query.clauses().isEmpty() ? new MatchNoDocsQuery("空查询") : query;
	}

	private static Query items(String name, IndexReader reader) throws IOException {
		if (name.isEmpty()) {
			return null;
		}
		List<BytesRef> matching = new ArrayList<>();
		Terms terms = MultiTerms.getTerms(reader, ITEM_NAME);
		if (terms != null) {
			TermsEnum names = terms.iterator();
			for (BytesRef term = names.next(); term != null; term = names.next()) {
				if (SearchText.name(term.utf8ToString()).contains(name)) {
					matching.add(BytesRef.deepCopyOf(term));
				}
			}
		}
		return matching.isEmpty() ? null : new TermInSetQuery(ITEM_NAME, matching);
	}

	/**
	 * Content (and names) in smartcn words: the query's words in a row, for text beyond
	 * the names (许可内容).
	 */
	private static Query phrase(String field, List<String> tokens) {
		if (tokens.isEmpty()) {
			return null;
		}
		if (tokens.size() == 1) {
			return new TermQuery(new Term(field, tokens.get(0)));
		}
		PhraseQuery.Builder phrase = new PhraseQuery.Builder();
		for (String token : tokens) {
			phrase.add(new Term(field, token));
		}
		return phrase.build();
	}

	private static void should(BooleanQuery.Builder builder, Query query, float boost) {
		if (query != null) {
			builder.add(new BoostQuery(new ConstantScoreQuery(query), boost), Occur.SHOULD);
		}
	}

	/**
	 * The records whose normalised {@code field} contains {@code normalised}: one
	 * character is its unigram, two its bigram, more the phrase of bigrams at every other
	 * position plus the last (they cover every character, consecutively).
	 */
	static Query exact(String field, String normalised) {
		int[] chars = normalised.codePoints().toArray();
		if (chars.length == 0) {
			return null;
		}
		if (chars.length == 1) {
			return new TermQuery(new Term(field, new String(chars, 0, 1)));
		}
		if (chars.length == 2) {
			return new TermQuery(new Term(field, new String(chars, 0, 2)));
		}
		PhraseQuery.Builder phrase = new PhraseQuery.Builder();
		int last = chars.length - 2;
		for (int at = 0; at < last; at += 2) {
			phrase.add(new Term(field, new String(chars, at, 2)), at);
		}
		phrase.add(new Term(field, new String(chars, last, 2)), last);
		return phrase.build();
	}

	private static Query filtered(Query match, PublicationQuery filters, LocalDate today) {
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(match, Occur.MUST);
		// GS-6: out of the public lists once the disclosure period has ended
		query.add(LongPoint.newRangeQuery(UNTIL, today.toEpochDay(), FOREVER), Occur.FILTER);
		filter(query, ITEM_CODE, filters.itemCode());
		filter(query, ACTION, filters.action());
		filter(query, CURRENT, filters.currentStatus());
		if (filters.from() != null || filters.to() != null) {
			long from = filters.from() == null ? Long.MIN_VALUE : filters.from().toEpochDay();
			long to = filters.to() == null ? Long.MAX_VALUE : filters.to().toEpochDay();
			query.add(LongPoint.newRangeQuery(DECIDED, from, to), Occur.FILTER);
		}
		return query.build();
	}

	private static void filter(BooleanQuery.Builder query, String field, String value) {
		if (value != null && !value.isBlank()) {
			query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
		}
	}

	/** smartcn's words of the text, for ranking and content matches. */
	List<String> words(String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = this.words.tokenStream(WORDS, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				String token = term.toString();
				if (!tokens.contains(token)) {
					tokens.add(token);
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	private static DecisionRow row(Document doc) {
		String reason = doc.get(REASON);
		return new DecisionRow(UUID.fromString(doc.get(ID)), doc.get(PARTY), doc.get(ITEM_CODE), doc.get(ITEM_NAME),
				doc.get(ACTION), doc.get(NUMBER),
				LocalDate.ofEpochDay(doc.getField(DECIDED).numericValue().longValue()), doc.get(CURRENT),
				PublicationStatus.WITHDRAWN.name().equals(doc.get(STATUS)), reason);
	}

	/**
	 * Per-item figures over the decisions public today, from the index's doc values (no
	 * stored documents are read).
	 */
	DecisionStatistics statistics(LocalDate today) {
		Map<String, String> names = new HashMap<>();
		Map<String, long[]> totals = new LinkedHashMap<>();
		Map<String, Map<String, Long>> byAction = new HashMap<>();
		Map<String, TreeMap<YearMonth, Long>> byMonth = new HashMap<>();
		long todayDay = today.toEpochDay();
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
					LeafReader reader = leaf.reader();
					Bits live = reader.getLiveDocs();
					SortedDocValues items = reader.getSortedDocValues(ITEM_CODE);
					SortedDocValues itemNames = reader.getSortedDocValues(ITEM_NAME);
					SortedDocValues actions = reader.getSortedDocValues(ACTION);
					SortedDocValues currents = reader.getSortedDocValues(CURRENT);
					SortedDocValues statuses = reader.getSortedDocValues(STATUS);
					NumericDocValues decided = reader.getNumericDocValues(DECIDED);
					NumericDocValues until = reader.getNumericDocValues(UNTIL);
					if (items == null) {
						continue;
					}
					for (int doc = 0; doc < reader.maxDoc(); doc++) {
						if (live != null && !live.get(doc)) {
							continue;
						}
						until.advanceExact(doc);
						if (until.longValue() < todayDay) {
							continue;
						}
						items.advanceExact(doc);
						itemNames.advanceExact(doc);
						actions.advanceExact(doc);
						currents.advanceExact(doc);
						statuses.advanceExact(doc);
						decided.advanceExact(doc);
						String item = items.lookupOrd(items.ordValue()).utf8ToString();
						names.putIfAbsent(item, itemNames.lookupOrd(itemNames.ordValue()).utf8ToString());
						boolean valid = "有效".equals(currents.lookupOrd(currents.ordValue()).utf8ToString())
								&& !PublicationStatus.WITHDRAWN.name()
									.equals(statuses.lookupOrd(statuses.ordValue()).utf8ToString());
						long[] t = totals.computeIfAbsent(item, k -> new long[2]);
						t[0]++;
						if (valid) {
							t[1]++;
						}
						byAction.computeIfAbsent(item, k -> new LinkedHashMap<>())
							.merge(actions.lookupOrd(actions.ordValue()).utf8ToString(), 1L, Long::sum);
						byMonth.computeIfAbsent(item, k -> new TreeMap<>())
							.merge(YearMonth.from(LocalDate.ofEpochDay(decided.longValue())), 1L, Long::sum);
					}
				}
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<DecisionStatistics.Item> result = new ArrayList<>();
		long total = 0;
		long valid = 0;
		for (Map.Entry<String, long[]> entry : totals.entrySet()) {
			String item = entry.getKey();
			total += entry.getValue()[0];
			valid += entry.getValue()[1];
			result.add(new DecisionStatistics.Item(item, names.get(item), entry.getValue()[0], entry.getValue()[1],
					byAction.get(item), byMonth.get(item)));
		}
		result.sort(java.util.Comparator.comparing(DecisionStatistics.Item::itemCode));
		return new DecisionStatistics(result, total, valid);
	}

	@Override
	public void close() throws IOException {
		try {
			this.searchers.close();
			this.writer.close();
		}
		finally {
			this.words.close();
			this.directory.close();
		}
	}

}
