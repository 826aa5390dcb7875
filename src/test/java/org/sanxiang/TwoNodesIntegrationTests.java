package org.sanxiang;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.catalog.CreditCode;
import org.sanxiang.support.ChildPlatform;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one PostgreSQL and one blob store, behind a round-robin
 * balancer (issue 11 item 4): a console login made through one node continues on the
 * other (sessions in the database, the CSRF token of one node accepted by the other),
 * concurrent transitions through both nodes leave one gap-free journal that verifies, a
 * scheduled job runs on exactly one node per trigger (ShedLock), the verification result
 * is the same on both nodes, and a decision corrected through node A is found so by node
 * B's search within a bounded time (each node's index catches up from the database).
 * <p>
 * The nodes are child JVMs, as in {@link ProcessKillIntegrationTests}: two independent
 * processes with nothing shared but the database and the directories, exactly as in
 * production (two Spring contexts in one JVM would share static state). They start one
 * after the other, the second on the database the first has migrated and seeded.
 */
class TwoNodesIntegrationTests {

	private static final String CREDIT_CODE = "91431128MA4L0000" + "1" + CreditCode.checkCharacter("91431128MA4L00001");

	private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

	/** The catch-up interval of each node's search index in this test. */
	private static final Duration CATCH_UP = Duration.ofSeconds(2);

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static EmbeddedPostgres postgres;

	private static Path home;

	private static final List<Process> nodes = new ArrayList<>();

	private static final List<String> bases = new ArrayList<>();

	private final JsonMapper json = JsonMapper.builder().build();

	@BeforeAll
	static void startTwoNodes() throws Exception {
		postgres = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
		home = Files.createTempDirectory("sanxiang-two-nodes-");
		start("node-a");
		start("node-b");
	}

	@AfterAll
	static void stopTwoNodes() throws Exception {
		for (Process node : nodes) {
			node.destroy();
		}
		for (Process node : nodes) {
			if (!node.waitFor(30, TimeUnit.SECONDS)) {
				node.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
		}
		if (postgres != null) {
			postgres.close();
		}
		if (home != null) {
			try (Stream<Path> paths = Files.walk(home)) {
				paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	@Test
	void behindARoundRobinBalancerTwoNodesShareSessionsJournalJobsAndSearch() throws Exception {
		JdbcClient db = JdbcClient.create(postgres.getPostgresDatabase());
		RoundRobin balancer = new RoundRobin();

		// --- the session: login page from A, the login itself through B (A's CSRF
		// token),
		// then the console through A and B alike
		HttpResponse<String> loginPage = balancer.get("/login");
		assertThat(balancer.lastNode()).isZero();
		String loginToken = csrf(loginPage.body());
		HttpResponse<String> login = balancer.postForm("/login",
				Map.of("username", "director", "password", "demo", "_csrf", loginToken));
		assertThat(balancer.lastNode()).isEqualTo(1);
		assertThat(login.statusCode()).as("login through node B with node A's CSRF token").isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
		for (int i = 0; i < 2; i++) {
			HttpResponse<String> console = balancer.get("/console");
			assertThat(console.statusCode()).as("console on node %s after the login", balancer.lastNode())
				.isEqualTo(200);
			assertThat(console.body()).contains("/logout");
		}

		// --- concurrent transitions through both nodes
		AtomicInteger transitions = new AtomicInteger();
		ExecutorService clients = Executors.newFixedThreadPool(2);
		List<Future<List<String>>> runs = new ArrayList<>();
		for (int t = 0; t < 2; t++) {
			int thread = t;
			runs.add(clients.submit(() -> {
				List<String> cases = new ArrayList<>();
				for (int n = 0; n < 3; n++) {
					cases.add(lifecycle(thread * 10 + n, thread + n, transitions));
				}
				return cases;
			}));
		}
		List<String> cases = new ArrayList<>();
		for (Future<List<String>> run : runs) {
			cases.addAll(run.get(5, TimeUnit.MINUTES));
		}
		clients.shutdown();
		assertThat(transitions.get()).isEqualTo(6 * 8);

		// --- one gap-free journal that verifies, and the same verification on both nodes
		Map<String, Object> seq = db.sql("select count(*) n, min(seq) lo, max(seq) hi from journal_entry")
			.query()
			.singleRow();
		long n = ((Number) seq.get("n")).longValue();
		assertThat(((Number) seq.get("lo")).longValue()).isZero();
		assertThat(((Number) seq.get("hi")).longValue()).as("journal sequence without gaps").isEqualTo(n - 1);
		HttpResponse<String> verified = send(1, "POST", "/api/v1/journal/verify", "admin", null);
		assertThat(verified.statusCode()).isEqualTo(200);
		JsonNode verification = this.json.readTree(verified.body());
		assertThat(verification.path("firstMismatch").isMissingNode() || verification.path("firstMismatch").isNull())
			.as("journal verification: %s", verified.body())
			.isTrue();
		assertThat(verification.path("verifiedEntries").asLong()).isGreaterThanOrEqualTo(n);
		// verified on B, reported by A (its metrics read the stored result)
		String metricsA = awaitBody(0, "/actuator/prometheus", "admin", "sanxiang_journal_verification_ok",
				body -> body.lines()
					.anyMatch(l -> l.startsWith("sanxiang_journal_verification_ok") && l.endsWith(" 1.0")),
				Duration.ofSeconds(20));
		assertThat(metricsA).contains("sanxiang_journal_verification_ok");

		// --- a job every two seconds on both nodes runs once per trigger
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (runs("review-clock-sweep", db) < 5 && System.nanoTime() < deadline) {
			Thread.sleep(500);
		}
		assertThat(runs("review-clock-sweep", db)).as("runs of the sweep").isGreaterThanOrEqualTo(5);
		List<Map<String, Object>> twice = db.sql("""
				select floor(extract(epoch from at) / 2) as trigger, count(*) as runs, string_agg(node, ',') as nodes
				from scheduled_job_run where job = 'review-clock-sweep' group by 1 having count(*) > 1""")
			.query()
			.listOfRows();
		assertThat(twice).as("triggers run on more than one node").isEmpty();
		assertThat(db.sql("select count(distinct node) from scheduled_job_run").query(Long.class).single())
			.as("both nodes took part in the scheduled work")
			.isGreaterThanOrEqualTo(1);

		// --- a public decision corrected through A (now 无效); B's search, filtered on
		// 无效, finds it within a few catch-up intervals. (The test's own grants wait for
		// their decision documents, so a demo decision already public is corrected.)
		UUID publication = db.sql("""
				select id from disclosure_publication where status = 'PUBLISHED' and current_status = '有效'
				and (disclosure_until is null or disclosure_until >= current_date) order by decided_on desc limit 1""")
			.query(UUID.class)
			.single();
		String party = db.sql("select party_name from disclosure_publication where id = :id")
			.param("id", publication)
			.query(String.class)
			.single();
		String search = "/search?q=" + URLEncoder.encode(party, StandardCharsets.UTF_8) + "&currentStatus="
				+ URLEncoder.encode("无效", StandardCharsets.UTF_8);
		assertThat(plain(1, search).body()).doesNotContain(publication.toString());
		HttpResponse<String> detail = balancer.on(1).get("/console/publications/" + publication);
		assertThat(detail.statusCode()).isEqualTo(200);
		HttpResponse<String> corrected = balancer.on(0)
			.postForm("/console/publications/" + publication + "/correct",
					Map.of("_csrf", csrf(detail.body()), "currentStatus", "无效", "explanation", "许可证已注销，更正当前状态"));
		assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(302);
		assertThat(db.sql("select current_status from disclosure_publication where id = :id")
			.param("id", publication)
			.query(String.class)
			.single()).isEqualTo("无效");
		long correctedAt = System.nanoTime();
		String found = null;
		while (System.nanoTime() - correctedAt < CATCH_UP.multipliedBy(10).toNanos()) {
			String body = plain(1, search).body();
			if (body.contains(publication.toString())) {
				found = body;
				break;
			}
			Thread.sleep(200);
		}
		assertThat(found).as("node B's search finds the decision corrected through node A").isNotNull();
		System.out.printf("two nodes: %d journal entries, node B's search caught up %d ms after the correction%n", n,
				(System.nanoTime() - correctedAt) / 1_000_000);

		// --- logging out through B, with the token of a page served by A, ends the
		// session
		// on both
		HttpResponse<String> pageA = balancer.on(0).get("/console");
		HttpResponse<String> logout = balancer.on(1).postForm("/logout", Map.of("_csrf", csrf(pageA.body())));
		assertThat(logout.statusCode()).isBetween(200, 399);
		assertThat(balancer.on(0).get("/console").statusCode()).isEqualTo(302);
	}

	private static long runs(String job, JdbcClient db) {
		return db.sql("select count(*) from scheduled_job_run where job = :job")
			.param("job", job)
			.query(Long.class)
			.single();
	}

	private static String csrf(String html) {
		Matcher m = CSRF.matcher(html);
		assertThat(m.find()).as("a CSRF token in the page").isTrue();
		return m.group(1);
	}

	/**
	 * One licence from application to archive over the REST API (as
	 * {@link ProcessKillIntegrationTests} drives it), each request to the next node in
	 * turn; the case id.
	 */
	private String lifecycle(int n, int firstNode, AtomicInteger transitions) throws Exception {
		int[] node = { firstNode };
		Map<String, Object> application = Map.of("applicantKind", "ORGANISATION", "applicantName", "两节点示例企业" + n,
				"creditCode", CREDIT_CODE, "contactName", "李四", "contactPhone", "13800000000", "itemCode", "XK-002");
		HttpResponse<String> receipt = send(node[0]++ % 2, "POST", "/api/v1/licensing/applications", "clerk",
				application);
		assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(201);
		transitions.incrementAndGet();
		String id = this.json.readTree(receipt.body()).path("id").asString();
		material(node[0]++ % 2, id, "节能审查申请书", null);
		material(node[0]++ % 2, id, "节能报告", ("%PDF-1.4\n% 节能报告 " + id + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8));
		String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
		List<Object[]> steps = List.of(new Object[] { "accept", "clerk", Map.of() },
				new Object[] { "assign-officers", "director", Map.of("officerIds", List.of("O-003", "O-004")) },
				new Object[] { "site-inspection", "officer1",
						Map.of("officerIds", List.of("O-003", "O-004"), "findings", "项目现场与申报材料一致") },
				new Object[] { "opinion", "officer1", Map.of("opinion", "符合节能审查条件，拟准予", "proposeGrant", true) },
				new Object[] { "grant", "director",
						Map.of("text", "准予通过节能审查", "licenceNumber", "新发改能审〔2026〕" + (900 + n) + "号", "validTo",
								LocalDate.parse(today).plusYears(2).toString()) },
				new Object[] { "deliver", "clerk",
						Map.of("delivery", Map.of("method", "DIRECT", "receiver", "李四", "signedOn", today,
								"noReceiptReason", "送达回证原件已入纸质卷，扫描件待补传")) },
				new Object[] { "archive", "clerk", Map.of() });
		int revision = 0;
		for (Object[] step : steps) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("revision", revision);
			@SuppressWarnings("unchecked")
			Map<String, Object> fields = (Map<String, Object>) step[2];
			body.putAll(fields);
			HttpResponse<String> done = send(node[0]++ % 2, "POST",
					"/api/v1/licensing/cases/" + id + "/actions/" + step[0], (String) step[1], body);
			assertThat(done.statusCode()).as("%s: %s", step[0], done.body()).isEqualTo(200);
			transitions.incrementAndGet();
			revision++;
		}
		return id;
	}

	private void material(int node, String caseId, String name, byte[] pdf) throws Exception {
		String boundary = "sanxiang-" + UUID.randomUUID();
		byte[] body = ChildPlatform.materialBody(boundary, name, pdf);
		HttpResponse<String> stored = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create(bases.get(node) + "/api/v1/licensing/cases/" + caseId + "/materials"))
				.timeout(Duration.ofSeconds(60))
				.header("Authorization", basic("clerk"))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(stored.statusCode()).as(stored.body()).isBetween(200, 299);
	}

	private HttpResponse<String> send(int node, String method, String path, String user, Object body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(bases.get(node) + path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", basic(user));
		if (body == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)));
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> plain(int node, String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(bases.get(node) + path)).timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

	private String awaitBody(int node, String path, String user, String what, java.util.function.Predicate<String> done,
			Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		String body = "";
		while (System.nanoTime() < deadline) {
			body = send(node, "GET", path, user, null).body();
			if (done.test(body)) {
				return body;
			}
			Thread.sleep(500);
		}
		throw new AssertionError(what + " not reported by node " + node + " within " + timeout + ":\n"
				+ body.lines().filter(l -> l.contains(what)).collect(Collectors.joining("\n")));
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * What nginx's default upstream does: each request to the next node in turn, one
	 * browser (one cookie jar) across both.
	 */
	private static final class RoundRobin {

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		private int next;

		private int last = -1;

		/** The next request goes to this node (then on in turn). */
		RoundRobin on(int node) {
			this.next = node;
			return this;
		}

		int lastNode() {
			return this.last;
		}

		HttpResponse<String> get(String path) throws Exception {
			return send(HttpRequest.newBuilder(uri(path)).GET());
		}

		HttpResponse<String> postForm(String path, Map<String, String> form) throws Exception {
			String body = form.entrySet()
				.stream()
				.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
		}

		private URI uri(String path) {
			this.last = this.next;
			this.next = (this.next + 1) % bases.size();
			return URI.create(bases.get(this.last) + path);
		}

		private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
			return this.http.send(request.timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString());
		}

	}

	// --- the nodes

	private static void start(String name) throws Exception {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		Path logs = Files.createDirectories(Path.of("target", "two-nodes"));
		Path log = logs.resolve(name + ".log");
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
				"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-cp",
				ChildPlatform.classpath(), SanxiangApplication.class.getName(), "--server.port=" + port,
				"--sanxiang.node-name=" + name, "--sanxiang.blob-store.dir=" + home.resolve("blobs"),
				"--sanxiang.evidence.upload-dir=" + home.resolve("uploads"),
				"--sanxiang.journal.keystore=" + home.resolve("journal").resolve("signing-key.p12"),
				"--sanxiang.demo.enabled=true", "--spring.main.banner-mode=off",
				// a cron job every two seconds, locked for one, so each trigger has one
				// run
				"--sanxiang.review.clock-sweep-cron=*/2 * * * * *", "--sanxiang.scheduling.cron-lock-at-least-for=PT1S",
				"--sanxiang.journal.tree-head-interval=1s", "--sanxiang.metrics.refresh=1s",
				"--sanxiang.search.catch-up-interval=" + CATCH_UP);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().put("SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "postgres"));
		builder.environment().put("SPRING_DATASOURCE_USERNAME", "postgres");
		builder.environment().put("SPRING_DATASOURCE_PASSWORD", "postgres");
		Process child = builder.start();
		nodes.add(child);
		ChildPlatform.awaitReady(name, child, log, START_TIMEOUT);
		bases.add("http://localhost:" + port);
	}

}
