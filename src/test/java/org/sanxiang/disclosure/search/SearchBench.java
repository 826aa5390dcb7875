package org.sanxiang.disclosure.search;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.sanxiang.SanxiangApplication;
import org.sanxiang.disclosure.Publication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Public decision search at scale (issue 8, bench/search): N invented public decisions
 * (default 1,000,000; {@code -Dbench.n=}) written into {@code disclosure_publication} of
 * the running application on an embedded PostgreSQL 17, the index rebuilt from them
 * through {@code PublishedDecisions.forEachPublic} as at start (timed), then for ten
 * typical queries: p50/p99 over HTTP of {@code GET /api/v1/public/decisions?q=…} (first
 * page of 20 with the total), recall against the substring ground truth the harness
 * computes from the generated names and numbers, and the same search with PostgreSQL
 * {@code ILIKE} over the same three columns (first page and total in one statement), in
 * the same run. Not a test: run it with {@code bench/search [N]}.
 */
public final class SearchBench {

	static final List<String> QUERIES = List.of("新田", "嘉禾", "田华", "新田华兴", "绿源光伏", "有限合伙", "节能审查", "粮食收购资格", "〔2025〕1",
			"新发改许〔2026〕12");

	static final int PAGE = 20;

	private SearchBench() {
	}

	public static void main(String[] args) throws Exception {
		int n = Integer.getInteger("bench.n", 1_000_000);
		int requests = Integer.getInteger("bench.requests", 200);
		int ilikeRuns = Integer.getInteger("bench.ilike.runs", 3);
		Path dir = Files.createTempDirectory("sanxiang-bench-");
		System.out.printf("检索基准：%d 条公示决定，每个查询 HTTP %d 次（先轮流预热每个查询 %d 次），ILIKE %d 次；嵌入式 PostgreSQL 数据目录 %s%n", n,
				requests, requests / 2, ilikeRuns, dir.resolve("pg"));
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SanxiangApplication.class).run(
				"--sanxiang.embedded-db.data-dir=" + dir.resolve("pg"), "--sanxiang.demo.enabled=true",
				"--sanxiang.journal.keystore=" + dir.resolve("journal/signing-key.p12"),
				"--sanxiang.blob-store.dir=" + dir.resolve("blobs"), "--sanxiang.journal.tree-head-interval=365d",
				"--sanxiang.journal.tree-head-initial-delay=365d", "--server.port=0", "--spring.datasource.url=",
				"--logging.level.root=WARN", "--logging.level.org.sanxiang=WARN", "--spring.main.banner-mode=off")) {
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			DecisionIndexer indexer = context.getBean(DecisionIndexer.class);
			indexer.rebuildAndWait();
			String port = context.getEnvironment().getProperty("local.server.port");

			long t0 = System.nanoTime();
			Truth truth = insert(context.getBean(DataSource.class), n);
			jdbc.execute("analyze disclosure_publication");
			double insertSeconds = (System.nanoTime() - t0) / 1e9;
			System.out.printf("写入 %d 条（COPY）并 analyze：%.1f s%n", n, insertSeconds);

			long t1 = System.nanoTime();
			indexer.rebuildAndWait();
			double buildSeconds = (System.nanoTime() - t1) / 1e9;
			long indexed = indexer.size();
			System.out.printf("索引重建（forEachPublic → Lucene，含读库）：%.1f s，%d 条；堆已用 %.0f MiB%n", buildSeconds, indexed,
					usedHeapMiB());

			HttpClient http = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(Duration.ofSeconds(5))
				.build();
			// warm-up of every query first (JIT, caches), so the first one measured is
			// not the
			// one that pays for it
			for (int round = 0; round < requests / 2; round++) {
				for (String query : QUERIES) {
					http.send(request(port, query), HttpResponse.BodyHandlers.discarding());
					indexer.search(query, org.sanxiang.disclosure.PublicationQuery.all(0, PAGE));
				}
			}
			List<Row> rows = new ArrayList<>();
			for (String query : QUERIES) {
				rows.add(measure(query, port, http, requests, indexer, truth, jdbc, ilikeRuns));
			}
			// what HTTP, security and JSON cost here without search work: a query nothing
			// contains
			floor = measure("无此名称", port, http, requests, indexer, truth, jdbc, 0);
			report(n, buildSeconds, rows);
		}
		finally {
			try (Stream<Path> paths = Files.walk(dir)) {
				paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	/**
	 * The generated party names, item names and document numbers, for the ground truth.
	 */
	record Truth(UUID[] ids, String[] parties, String[] items, String[] numbers) {

		List<UUID> containing(String query) {
			List<UUID> found = new ArrayList<>();
			for (int i = 0; i < this.ids.length; i++) {
				if (this.parties[i].contains(query) || this.items[i].contains(query)
						|| this.numbers[i].contains(query)) {
					found.add(this.ids[i]);
				}
			}
			return found;
		}

	}

	record Row(String query, long truth, String total, double recall, double p50, double p99, double searchP50,
			double searchP99, double ilikeMs, long ilikeTotal) {
	}

	private static Truth insert(DataSource dataSource, int n) throws Exception {
		SyntheticDecisions synthetic = new SyntheticDecisions(2026);
		Truth truth = new Truth(new UUID[n], new String[n], new String[n], new String[n]);
		String columns = "id, case_id, case_number, source, action, item_code, item_name, party_name, party_category, "
				+ "party_credit_code, legal_representative, document_title, document_number, licence_category, content, "
				+ "decided_on, valid_from, valid_to, authority, authority_code, current_status, source_unit, "
				+ "source_unit_code, status, due_on, published_at, withdrawn_at, withdrawal_reason, created_at";
		try (Connection connection = dataSource.getConnection()) {
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			int batch = 50_000;
			for (int start = 0; start < n; start += batch) {
				StringBuilder csv = new StringBuilder(batch * 400);
				for (int i = start; i < Math.min(n, start + batch); i++) {
					Publication p = synthetic.next(i);
					truth.ids()[i] = p.id();
					truth.parties()[i] = p.partyName();
					truth.items()[i] = p.itemName();
					truth.numbers()[i] = p.documentNumber();
					csv(csv, p.id(), p.caseId(), p.caseNumber(), "Bench", p.action(), p.itemCode(), p.itemName(),
							p.partyName(), p.partyCategory(), p.partyCreditCode(), p.legalRepresentative(),
							p.documentTitle(), p.documentNumber(), p.licenceCategory(), p.content(), p.decidedOn(),
							p.validFrom(), p.validTo(), p.authority(), p.authorityCode(), p.currentStatus(),
							p.sourceUnit(), p.sourceUnitCode(), p.status().name(), p.dueOn(), p.publishedAt(),
							p.withdrawnAt(), p.withdrawalReason(), p.publishedAt());
				}
				copy.copyIn("copy disclosure_publication (" + columns + ") from stdin (format csv)",
						new StringReader(csv.toString()));
			}
		}
		return truth;
	}

	private static void csv(StringBuilder out, Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.append(',');
			}
			if (values[i] != null) {
				out.append('"').append(values[i].toString().replace("\"", "\"\"")).append('"');
			}
		}
		out.append('\n');
	}

	private static Row floor;

	private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

	private static Row measure(String query, String port, HttpClient http, int requests, DecisionIndexer indexer,
			Truth truth, JdbcTemplate jdbc, int ilikeRuns) throws IOException, InterruptedException {
		HttpRequest request = request(port, query);
		String total = "?";
		double[] millis = new double[requests];
		for (int i = 0; i < requests; i++) {
			long start = System.nanoTime();
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			millis[i] = (System.nanoTime() - start) / 1e6;
			if (response.statusCode() != 200) {
				throw new IllegalStateException(query + " → HTTP " + response.statusCode() + " " + response.body());
			}
			Matcher matcher = TOTAL.matcher(response.body());
			if (matcher.find()) {
				// past DecisionIndex.COUNT_LIMIT the answer is a lower bound
				total = (response.body().contains("\"totalExact\":false") ? "≥" : "") + matcher.group(1);
			}
		}
		Arrays.sort(millis);
		double[] inProcess = new double[requests];
		org.sanxiang.disclosure.PublicationQuery first = org.sanxiang.disclosure.PublicationQuery.all(0, PAGE);
		for (int i = 0; i < requests; i++) {
			long start = System.nanoTime();
			indexer.search(query, first);
			inProcess[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(inProcess);

		List<UUID> expected = truth.containing(query);
		Set<UUID> found = indexer.ids(query);
		long hit = expected.stream().filter(found::contains).count();
		double recall = expected.isEmpty() ? 1.0 : (double) hit / expected.size();

		String like = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		double best = ilikeRuns == 0 ? 0 : Double.MAX_VALUE;
		long ilikeTotal = 0;
		for (int run = 0; run < ilikeRuns; run++) {
			long start = System.nanoTime();
			List<Long> counts = jdbc.query(
					"""
							select count(*) over () as total from disclosure_publication p
							where p.status in ('PUBLISHED', 'WITHDRAWN') and (p.disclosure_until is null or p.disclosure_until >= current_date)
							  and (p.party_name ilike ? or p.item_name ilike ? or p.document_number ilike ?)
							order by p.decided_on desc, p.id limit ?""",
					(rs, i) -> rs.getLong("total"), like, like, like, PAGE);
			best = Math.min(best, (System.nanoTime() - start) / 1e6);
			ilikeTotal = counts.isEmpty() ? 0 : counts.get(0);
		}
		return new Row(query, expected.size(), total, recall, percentile(millis, 0.50), percentile(millis, 0.99),
				percentile(inProcess, 0.50), percentile(inProcess, 0.99), best, ilikeTotal);
	}

	private static HttpRequest request(String port, String query) {
		URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/public/decisions?limit=" + PAGE + "&q="
				+ URLEncoder.encode(query, StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
	}

	private static double percentile(double[] sorted, double p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
	}

	private static double usedHeapMiB() {
		Runtime runtime = Runtime.getRuntime();
		System.gc();
		return (runtime.totalMemory() - runtime.freeMemory()) / 1024.0 / 1024.0;
	}

	private static void report(int n, double buildSeconds, List<Row> rows) {
		System.out.printf("%nDecision search benchmark (issue 8), %d public decisions, load average %.1f%n", n,
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		System.out.printf("index build (rebuild from PostgreSQL through forEachPublic): %.1f s%n", buildSeconds);
		System.out.printf("%-18s %8s %8s %8s %8s %8s %9s %9s %9s %8s %7s%n", "query", "truth", "total", "recall",
				"p50 ms", "p99 ms", "index p50", "index p99", "ILIKE ms", "ILIKE n", "ratio");
		double worstP99 = 0;
		double worstRatio = Double.MAX_VALUE;
		double worstRecall = 1;
		for (Row row : rows) {
			double ratio = row.ilikeMs() / row.p50();
			System.out.printf("%s %8d %8s %7.2f%% %8.2f %8.2f %9.2f %9.2f %9.1f %8d %6.0f×%n", pad(row.query()),
					row.truth(), row.total(), row.recall() * 100, row.p50(), row.p99(), row.searchP50(),
					row.searchP99(), row.ilikeMs(), row.ilikeTotal(), ratio);
			worstP99 = Math.max(worstP99, row.p99());
			worstRatio = Math.min(worstRatio, ratio);
			worstRecall = Math.min(worstRecall, row.recall());
		}
		System.out.printf("HTTP floor (a query nothing contains): p50 %.2f ms, p99 %.2f ms%n", floor.p50(),
				floor.p99());
		System.out.printf("worst p99 %.2f ms (target ≤ 20 ms: %s)%n", worstP99, worstP99 <= 20 ? "MET" : "NOT MET");
		System.out.printf("lowest ratio ILIKE ÷ search p50 = %.0f× (target ≥ 50×: %s)%n", worstRatio,
				worstRatio >= 50 ? "MET" : "NOT MET");
		System.out.printf("lowest substring recall %.2f%% (target 100%%: %s)%n", worstRecall * 100,
				worstRecall == 1.0 ? "MET" : "NOT MET");
	}

	/** Pads to 18 columns counting a CJK character as two. */
	private static String pad(String text) {
		int width = text.codePoints().map(c -> c > 0x2E80 ? 2 : 1).sum();
		return text + " ".repeat(Math.max(0, 18 - width));
	}

}
