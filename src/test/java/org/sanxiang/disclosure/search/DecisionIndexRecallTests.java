package org.sanxiang.disclosure.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.sanxiang.disclosure.Publication;
import org.sanxiang.disclosure.PublicationQuery;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every record that contains the query as a substring of its party name, item name or
 * document number is found — checked against a brute-force {@code contains} over a few
 * thousand invented decisions, for the queries word segmentation gets wrong (新田 inside
 * 新田华兴, 田华 across a word boundary, 〔2025〕1 with its brackets) and for hundreds of random
 * fragments.
 */
class DecisionIndexRecallTests {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	static final int RECORDS = 3000;

	static List<Publication> records = new ArrayList<>();

	static DecisionIndex index;

	@BeforeAll
	static void indexRecords() {
		SyntheticDecisions synthetic = new SyntheticDecisions(42);
		for (int n = 0; n < RECORDS; n++) {
			records.add(synthetic.next(n));
		}
		index = new DecisionIndex(new ByteBuffersDirectory());
		records.forEach(p -> index.put(p, 1));
		index.dropOlderThan(1);
		index.refresh();
	}

	@AfterAll
	static void close() throws Exception {
		index.close();
	}

	@Test
	void findsEveryRecordContainingTheQueryInItsNamesOrNumber() {
		List<String> queries = new ArrayList<>(List.of("新田", "田华", "华兴", "新田华兴", "新", "田", "号", "〔2025〕1", "〔2025〕12号",
				"新发改许〔2026〕", "有限合伙", "（有限合伙）", "节能审查", "投资项目", "湖南新田"));
		Random random = new Random(7);
		for (int i = 0; i < 300; i++) {
			Publication p = records.get(random.nextInt(records.size()));
			String value = switch (i % 3) {
				case 0 -> p.partyName();
				case 1 -> p.itemName();
				default -> p.documentNumber();
			};
			int length = 1 + random.nextInt(Math.min(8, value.length()));
			int start = random.nextInt(value.length() - length + 1);
			queries.add(value.substring(start, start + length));
		}
		for (String query : queries) {
			Set<UUID> expected = matching(p -> p.partyName().contains(query) || p.itemName().contains(query)
					|| p.documentNumber().contains(query));
			Set<UUID> found = found(query);
			assertThat(expected).as("“%s”", query).allMatch(found::contains);
		}
	}

	@Test
	void aPlaceNameFindsTheCompaniesWhoseNamesSegmentAcrossIt() {
		// smartcn reads 新田华兴 as 新/田华/兴; the bigram 新田 is there all the same
		Set<UUID> expected = matching(p -> p.partyName().contains("新田华兴"));
		assertThat(expected).isNotEmpty();
		assertThat(found("新田")).containsAll(expected);
		assertThat(found("田华")).containsAll(expected);
		assertThat(found("新田华兴")).isEqualTo(expected);
	}

	@Test
	void documentNumberFragmentsMatchWithOrWithoutBracketsSpacesAndHao() {
		Set<UUID> expected = matching(p -> p.documentNumber().contains("〔2025〕1"));
		assertThat(expected).isNotEmpty();
		for (String typed : List.of("〔2025〕1", "2025 1", "[2025]1", "（2025）1", "２０２５〕１", "20251")) {
			assertThat(found(typed)).as(typed).containsAll(expected);
		}
		Set<UUID> year = matching(p -> p.documentNumber().startsWith("新发改许〔2026〕"));
		assertThat(found("新发改许2026")).containsAll(year);
		Set<UUID> exact = matching(p -> p.documentNumber().equals("新发改许〔2025〕12号"));
		assertThat(found("新发改许〔2025〕12")).containsAll(exact);
		assertThat(found("新发改许(2025)12号")).containsAll(exact);
	}

	@Test
	void anItemFragmentFindsTheItemsLongOfficialName() {
		Set<UUID> expected = matching(p -> p.itemName().equals("固定资产投资项目节能审查意见"));
		assertThat(expected).isNotEmpty();
		assertThat(found("节能审查")).containsAll(expected);
	}

	@Test
	void aQueryInNoRecordFindsNothingAndLuceneSyntaxIsJustText() {
		assertThat(found("不存在的公司名称")).isEmpty();
		assertThat(found("新田 AND 宁远")).isEmpty();
		assertThat(found("*:*")).isEmpty();
		assertThat(found("' or 1=1 --")).isEmpty();
		// an unbalanced quote is a character of the query, not a syntax error
		assertThat(found("新田\"")).isSubsetOf(found("新田"));
		assertThat(found("新田~2")).isSubsetOf(found("新田"));
	}

	@Test
	void theTotalCountsEveryMatchWhilePagesHoldTheirShare() {
		PublicationQuery first = new PublicationQuery(null, null, null, null, null, 0, 20);
		DecisionIndex.Hits hits = index.search("新田", first, TODAY);
		assertThat(hits.rows()).hasSize(20);
		assertThat(hits.total()).isEqualTo(found("新田").size());
		assertThat(hits.exact()).isTrue();
		DecisionIndex.Hits second = index.search("新田", new PublicationQuery(null, null, null, null, null, 20, 20),
				TODAY);
		assertThat(second.rows()).extracting(DecisionRow::id)
			.doesNotContainAnyElementsOf(hits.rows().stream().map(DecisionRow::id).toList());
	}

	@Test
	void aSearchWithMoreMatchesThanAnyoneCanPageThroughCountsUpToTheLimitAndSaysSo() throws Exception {
		SyntheticDecisions synthetic = new SyntheticDecisions(43);
		int records = DecisionIndex.COUNT_LIMIT + 500;
		try (DecisionIndex big = new DecisionIndex(new ByteBuffersDirectory())) {
			for (int n = 0; n < records; n++) {
				big.put(synthetic.next(n), 1);
			}
			big.refresh();
			PublicationQuery first = new PublicationQuery(null, null, null, null, null, 0, 20);
			// every document number starts with 新发改许
			DecisionIndex.Hits hits = big.search("新发改许", first, TODAY);
			assertThat(hits.rows()).hasSize(20);
			assertThat(hits.exact()).isFalse();
			assertThat(hits.total()).isEqualTo(DecisionIndex.COUNT_LIMIT);
			// recall is not capped: every match is still there to be paged to or exported
			assertThat(big.ids("新发改许", PublicationQuery.all(0, 20), TODAY)).hasSize(records);
			DecisionIndex.Hits few = big.search("新田华兴", first, TODAY);
			assertThat(few.exact()).isTrue();
		}
	}

	@Test
	void filtersNarrowTheMatches() {
		PublicationQuery filters = new PublicationQuery("XK-002", "准予许可", LocalDate.of(2024, 1, 1),
				LocalDate.of(2024, 12, 31), "有效", 0, 100);
		Set<UUID> expected = matching(p -> p.partyName().contains("新田") && p.itemCode().equals("XK-002")
				&& p.action().equals("准予许可") && p.decidedOn().getYear() == 2024);
		Set<UUID> got = all("新田", filters);
		assertThat(got).isEqualTo(index.ids("新田", filters, TODAY));
		assertThat(got).containsAll(expected);
		assertThat(got).allMatch(id -> {
			Publication p = records.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
			return p.itemCode().equals("XK-002") && p.action().equals("准予许可") && p.decidedOn().getYear() == 2024;
		});
	}

	@Test
	void figuresCountEachItemByDecisionAndMonth() {
		DecisionStatistics statistics = index.statistics(TODAY);
		assertThat(statistics.total()).isEqualTo(RECORDS);
		DecisionStatistics.Item item = statistics.items()
			.stream()
			.filter(i -> i.itemCode().equals("XK-002"))
			.findFirst()
			.orElseThrow();
		long expected = records.stream().filter(p -> p.itemCode().equals("XK-002")).count();
		assertThat(item.total()).isEqualTo(expected);
		assertThat(item.byAction().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(expected);
		assertThat(item.byMonth().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(expected);
		assertThat(item.itemName()).isEqualTo("固定资产投资项目节能审查意见");
	}

	private static Set<UUID> matching(Predicate<Publication> predicate) {
		return records.stream().filter(predicate).map(Publication::id).collect(Collectors.toSet());
	}

	private static Set<UUID> found(String query) {
		return index.ids(query, PublicationQuery.all(0, 100), TODAY);
	}

	private static Set<UUID> all(String query, PublicationQuery filters) {
		Set<UUID> ids = new LinkedHashSet<>();
		int offset = 0;
		while (true) {
			PublicationQuery page = new PublicationQuery(filters.itemCode(), filters.action(), filters.from(),
					filters.to(), filters.currentStatus(), offset, 100);
			DecisionIndex.Hits hits = index.search(query, page, TODAY);
			hits.rows().forEach(r -> ids.add(r.id()));
			offset += 100;
			if (offset >= hits.total()) {
				assertThat(new HashSet<>(ids)).hasSize((int) hits.total());
				return ids;
			}
		}
	}

}
