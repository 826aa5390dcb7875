package org.sanxiang;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.catalog.CreditCode;
import org.sanxiang.evidence.EvidenceFixtures;
import org.sanxiang.evidence.Tus;
import org.sanxiang.support.ChildPlatform;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 全过程记录 survives a killed process: the platform is killed with SIGKILL ({@code kill -9})
 * while an evidence upload is half sent, small uploads complete one after another and
 * licensing cases move through their transitions on other threads; started again on the
 * same database and data directory, it has no evidence row without its file, no stored
 * file without a record, no temporary file but that of the upload still receiving — which
 * resumes from its recorded offset to the right hashes — and its journal verifies, with
 * each case's state, revision and events agreeing with its journal entries (DESIGN.md
 * "Persistence", RULES.md JL-1).
 * <p>
 * How it runs, and why so. The platform runs as a child JVM — {@code java} with this
 * test's runtime classpath less the test classes, main {@link SanxiangApplication} — so
 * that it can be killed for real ({@link Process#destroyForcibly()} is SIGKILL: no
 * shutdown hook, no graceful stop) and started again. Its database is an embedded
 * PostgreSQL 17 that this test owns and reaches through {@code SPRING_DATASOURCE_URL},
 * {@code _USERNAME} and {@code _PASSWORD}, exactly as production reaches an external
 * server: the database outlives the kill, as it does in production. (The embedded
 * database of the default run would be a server process the killed JVM leaves running on
 * the data directory, which a restart could not take over.) Demo data is switched on with
 * {@code --sanxiang.demo.enabled=true} rather than starting a bare production
 * installation with {@code SANXIANG_ADMIN_PASSWORD}: the transitions need the licensing
 * item, certified officers and a member of staff in each role, which the demo data
 * provides through the platform's own code, and a demo installation on an external
 * database is a supported configuration. The blob store (with its upload directory) and
 * the journal's keystore live in one temporary directory that both runs share; each run
 * gets a free port. The child's output goes to {@code target/process-kill/}.
 * <p>
 * When the kill falls is chance, so which crash windows it hits varies from run to run;
 * the files such kills leave — a blob store write cut off in {@code tmp/}, a partial
 * upload file whose row never committed, a stored file whose row never committed — are
 * also placed while the platform is down, so every recovery path is checked on every run.
 * <p>
 * The same harness stops and starts the database under the running platform (its data
 * directory and port stay the same), for the other fault a county's server room sees: the
 * database restarted while people work.
 */
class ProcessKillIntegrationTests {

	private static final HexFormat HEX = HexFormat.of();

	private static final String CREDIT_CODE = "91431128MA4L0000" + "1" + CreditCode.checkCharacter("91431128MA4L00001");

	private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

	private static final int UPLOAD_LENGTH = 4 * 1024 * 1024;

	private static final int FIRST_CHUNK = 1024 * 1024;

	private static EmbeddedPostgres postgres;

	private static int postgresPort;

	private static Path home;

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Process child;

	/** How many answers of each status the platform gave, and the 5xx bodies but 503s. */
	private final Map<Integer, AtomicInteger> statuses = new java.util.concurrent.ConcurrentHashMap<>();

	private final List<String> serverErrors = new java.util.concurrent.CopyOnWriteArrayList<>();

	private int port;

	@BeforeAll
	static void startDatabase() throws IOException {
		home = Files.createTempDirectory("sanxiang-kill-");
		try (ServerSocket free = new ServerSocket(0)) {
			postgresPort = free.getLocalPort();
		}
		postgres = startPostgres();
	}

	/**
	 * The test's PostgreSQL on a data directory and port that stay the same, so that it
	 * can be stopped and started again under the running platform.
	 */
	private static EmbeddedPostgres startPostgres() throws IOException {
		return EmbeddedPostgres.builder()
			.setDataDirectory(home.resolve("pg"))
			.setCleanDataDirectory(false)
			.setPort(postgresPort)
			.setPGStartupWait(Duration.ofSeconds(60))
			.start();
	}

	@AfterAll
	static void cleanUp() throws IOException {
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
	void afterAKillDuringAnUploadAndTransitionsTheRestartedPlatformHasNoOrphansAndItsJournalVerifies()
			throws Exception {
		Path blobs = home.resolve("blobs");
		try {
			start("first");
			Tus officer = new Tus(this.port, "officer1");

			// an evidence upload: the first megabyte acknowledged; the second goes on the
			// wire right before the kill
			byte[] video = EvidenceFixtures.mp4(UPLOAD_LENGTH, 42);
			URI halfUpload = officer.created(video.length, Tus.metadata("中断的现场录像.mp4"));
			assertThat(officer.patch(halfUpload, 0, video, 0, FIRST_CHUNK).statusCode()).isEqualTo(204);

			AtomicBoolean killed = new AtomicBoolean();
			AtomicInteger transitions = new AtomicInteger();
			AtomicInteger answered = new AtomicInteger();
			AtomicInteger uploads = new AtomicInteger();
			List<Thread> workers = new ArrayList<>();
			for (int t = 0; t < 2; t++) {
				int worker = t;
				workers.add(started("transitions-" + t, () -> {
					for (int n = 0; !killed.get(); n++) {
						if (!lifecycle(worker * 10_000 + n, transitions, answered)) {
							return;
						}
					}
				}));
			}
			workers.add(started("uploads", () -> {
				Tus uploader = new Tus(this.port, "officer2");
				for (int n = 0; !killed.get(); n++) {
					try {
						uploader.upload(EvidenceFixtures.mp4(64 * 1024 + n, 1000 + n),
								Tus.metadata("询问录音" + n + ".mp4"));
						uploads.incrementAndGet();
					}
					catch (Exception | AssertionError ex) {
						return;
					}
				}
			}));
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
			while ((answered.get() < 10 || uploads.get() < 1) && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			// refusals count as activity too: a day whose statutory periods run past the
			// loaded calendar years refuses transitions, and those roll back just as well
			assertThat(answered.get()).as("licensing requests answered before the kill").isGreaterThanOrEqualTo(10);
			assertThat(uploads.get()).as("uploads before the kill").isPositive();
			Socket unfinished = unfinishedPatch(halfUpload, video);
			Thread.sleep(200 + System.nanoTime() % 300);
			killed.set(true);
			this.child.destroyForcibly();
			assertThat(this.child.waitFor(30, TimeUnit.SECONDS)).isTrue();
			unfinished.close();
			for (Thread worker : workers) {
				worker.join(30_000);
			}
			leaveWhatKillsLeave(blobs);

			start("after-kill");
			JdbcClient db = JdbcClient.create(database());

			// the journal verifies, and so does every stored evidence file
			JsonNode verification = post("/api/v1/journal/verify", "admin");
			assertThat(verification.path("verifiedEntries").asLong()).isPositive();
			assertThat(
					verification.path("firstMismatch").isMissingNode() || verification.path("firstMismatch").isNull())
				.as("journal verification: %s", verification)
				.isTrue();
			assertThat(post("/api/v1/evidence/verify", "admin").path("mismatches").size()).isZero();

			// every row names a file that is there, and every file is named by a row
			Set<String> stored = storedKeys(blobs);
			List<String> evidence = db.sql("select blob_key from evidence_item where blob_key is not null")
				.query(String.class)
				.list();
			List<String> materials = db.sql("select sha256 from casework_material where sha256 is not null")
				.query(String.class)
				.list();
			List<String> photos = db.sql("select photo_key from disclosure_window_staff where photo_key is not null")
				.query(String.class)
				.list();
			assertThat(stored).containsAll(evidence).containsAll(materials).containsAll(photos);
			Set<String> named = new HashSet<>(evidence);
			named.addAll(materials);
			named.addAll(photos);
			assertThat(named).containsAll(stored);
			assertThat(evidence).hasSizeGreaterThanOrEqualTo(uploads.get());

			// no temporary file is left but the partial file of the upload still
			// receiving
			assertThat(filesIn(blobs.resolve("tmp"))).isEmpty();
			assertThat(db.sql("select count(*) from evidence_upload where state <> 'RECEIVING'")
				.query(Long.class)
				.single()).isZero();
			Map<String, Long> receiving = new HashMap<>();
			db.sql("select id, upload_offset from evidence_upload")
				.query((rs, n) -> receiving.put(rs.getString(1) + ".part", rs.getLong(2)))
				.list();
			assertThat(filesIn(blobs.resolve("uploads"))).containsExactlyInAnyOrderElementsOf(receiving.keySet());
			for (Map.Entry<String, Long> upload : receiving.entrySet()) {
				assertThat(Files.size(blobs.resolve("uploads").resolve(upload.getKey())))
					.as("partial file %s holds its recorded offset", upload.getKey())
					.isGreaterThanOrEqualTo(upload.getValue());
			}

			// the half upload resumes from its recorded offset (idle far less than a day)
			String halfId = halfUpload.getPath().substring(halfUpload.getPath().lastIndexOf('/') + 1);
			assertThat(receiving).containsKey(halfId + ".part");
			Tus resumed = new Tus(this.port, "officer1");
			URI again = URI.create("http://localhost:" + this.port + halfUpload.getRawPath());
			long offset = resumed.offset(again);
			// the acknowledged megabyte at least; the bytes of the cut request only if
			// the
			// server recorded them before the kill
			assertThat(offset).isEqualTo(receiving.get(halfId + ".part"))
				.isBetween((long) FIRST_CHUNK, 2L * FIRST_CHUNK);
			HttpResponse<String> rest = resumed.patch(again, offset, video, (int) offset, video.length);
			assertThat(rest.statusCode()).as(rest.body()).isEqualTo(204);
			UUID evidenceId = UUID.fromString(rest.headers().firstValue("Evidence-Id").orElseThrow());
			assertThat(db.sql("select sha256 from evidence_item where id = ?")
				.param(evidenceId)
				.query(String.class)
				.single()).isEqualTo(HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(video)));
			assertThat(filesIn(blobs.resolve("uploads"))).doesNotContain(halfId + ".part");

			casesAgreeWithTheirJournal(db);
		}
		finally {
			stop();
		}
	}

	/**
	 * PostgreSQL stops and starts again while licensing cases move through their
	 * transitions and the public reads the portal: no request is answered with a 500 or
	 * an exception's text — those that need the database while it is down get 503 with a
	 * Chinese problem body and {@code Retry-After} — and the platform carries on by
	 * itself once the database is back: new transitions succeed, health is UP, the
	 * journal is one gap-free sequence that verifies, and every case agrees with its
	 * journal (nothing half-written by the transactions the stop cut off).
	 */
	@Test
	void afterPostgreSqlRestartsUnderLoadThePlatformCarriesOnWithoutRepairAndNothingIsHalfWritten() throws Exception {
		try {
			start("database-restart");
			AtomicBoolean done = new AtomicBoolean();
			AtomicInteger transitions = new AtomicInteger();
			AtomicInteger answered = new AtomicInteger();
			List<Thread> workers = new ArrayList<>();
			for (int t = 0; t < 2; t++) {
				int worker = t;
				workers.add(started("restart-transitions-" + t, () -> {
					for (int n = 0; !done.get(); n++) {
						lifecycle(50_000 + worker * 10_000 + n, transitions, answered);
					}
				}));
			}
			workers.add(started("restart-reads", () -> {
				while (!done.get()) {
					try {
						counted(this.http.send(HttpRequest
							.newBuilder(URI.create(
									"http://localhost:" + this.port + "/api/v1/public/decisions?q=%E8%8A%82%E8%83%BD"))
							.build(), HttpResponse.BodyHandlers.ofString()));
						answered.incrementAndGet();
					}
					catch (IOException | InterruptedException ex) {
						return;
					}
				}
			}));
			awaitAtLeast(answered, 20, "requests answered before the restart");
			int before = transitions.get();

			postgres.close();
			Thread.sleep(3000);
			postgres = startPostgres();

			// carries on by itself: transitions succeed again, with no help
			awaitAtLeast(transitions, before + 20, "transitions, 20 of them after the restart");
			done.set(true);
			for (Thread worker : workers) {
				worker.join(60_000);
			}

			assertThat(this.serverErrors).as("answers with a server error other than 503").isEmpty();
			HttpResponse<String> health = this.http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(health.body()).as("health after the restart").contains("\"UP\"");
			JsonNode verification = post("/api/v1/journal/verify", "admin");
			assertThat(
					verification.path("firstMismatch").isMissingNode() || verification.path("firstMismatch").isNull())
				.as("journal verification: %s", verification)
				.isTrue();
			JdbcClient db = JdbcClient.create(database());
			assertThat(db.sql("select count(*) = coalesce(max(seq) + 1, 0) from journal_entry")
				.query(Boolean.class)
				.single()).as("journal sequence without gaps").isTrue();
			casesAgreeWithTheirJournal(db);
		}
		finally {
			stop();
		}
	}

	/** Database outages are answered 503 with a problem body and Retry-After. */
	@Test
	void whileTheDatabaseIsDownRequestsAreAnswered503WithAChineseProblem() throws Exception {
		try {
			start("database-down");
			postgres.close();
			HttpResponse<String> api = counted(this.http
				.send(request("/api/v1/licensing/applications", "clerk").header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{}"))
					.build(), HttpResponse.BodyHandlers.ofString()));
			HttpResponse<String> page = this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/decisions"))
					.header("Accept", "text/html")
					.build(), HttpResponse.BodyHandlers.ofString());
			postgres = startPostgres();
			assertThat(api.statusCode()).as(api.body()).isEqualTo(503);
			assertThat(api.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
			assertThat(api.headers().firstValue("Retry-After")).hasValue("5");
			assertThat(api.body()).contains("数据库暂时无法连接").doesNotContain("Exception");
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.body()).contains("数据库暂时无法连接").doesNotContain("Exception");
		}
		finally {
			stop();
		}
	}

	private static void awaitAtLeast(AtomicInteger counter, int wanted, String what) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (counter.get() < wanted && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(counter.get()).as(what).isGreaterThanOrEqualTo(wanted);
	}

	/**
	 * Each case's events (casework's own record) are its journal entries of case events,
	 * in order; its revision counts them; its state is the one its last event leads to.
	 */
	private void casesAgreeWithTheirJournal(JdbcClient db) {
		Map<String, Set<String>> stateAfter = new LinkedHashMap<>();
		stateAfter.put("ApplicationReceived", Set.of("Received"));
		stateAfter.put("CorrectionRequested", Set.of("AwaitingCorrection"));
		stateAfter.put("CorrectionSubmitted", Set.of("Received"));
		stateAfter.put("ApplicationNotAccepted", Set.of("NotAccepted"));
		for (String review : List.of("ApplicationAccepted", "OfficersAssigned", "SiteInspectionRecorded",
				"OpinionRecorded", "DecisionPeriodExtended")) {
			stateAfter.put(review, Set.of("UnderReview"));
		}
		stateAfter.put("CaseDecided", Set.of("Granted", "Denied"));
		stateAfter.put("DecisionDelivered", Set.of("Delivered"));
		stateAfter.put("CaseArchived", Set.of("Archived"));
		record Case(UUID id, String state, int revision) {
		}
		List<Case> cases = db.sql("select id, state, revision from casework_case")
			.query((rs, n) -> new Case(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3)))
			.list();
		assertThat(cases).hasSizeGreaterThan(9);
		for (Case c : cases) {
			List<String> events = db.sql("select type from casework_event where case_id = ? order by seq")
				.param(c.id())
				.query(String.class)
				.list();
			List<String> journaled = db
				.sql("select type from journal_entry where case_id = ? and type not like 'Evidence%' "
						+ "and type not like 'Review%' and type not like 'CollectiveDiscussion%' "
						+ "and type not like 'Document%' and type not like 'CaseFile%' and type not like 'Publication%' "
						+ "and type not like 'Supervision%' "
						+ "and type not in ('CaseRecordExported', 'RecordingExemptionApproved') order by seq")
				.param(c.id())
				.query(String.class)
				.list();
			assertThat(journaled).as("journal of case %s", c.id()).isEqualTo(events);
			assertThat(c.revision()).as("revision of case %s", c.id()).isEqualTo(events.size() - 1);
			String last = events.get(events.size() - 1);
			if (stateAfter.containsKey(last)) {
				assertThat(stateAfter.get(last)).as("state of case %s after %s", c.id(), last).contains(c.state());
			}
		}
	}

	/**
	 * One licence from application to archive (XK-002, as the REST tests drive it); false
	 * once the platform no longer answers.
	 */
	private boolean lifecycle(int n, AtomicInteger transitions, AtomicInteger answered) {
		try {
			Map<String, Object> application = Map.of("applicantKind", "ORGANISATION", "applicantName", "新田县示例节能企业" + n,
					"creditCode", CREDIT_CODE, "contactName", "李四", "contactPhone", "13800000000", "itemCode",
					"XK-002");
			HttpResponse<String> receipt = send("POST", "/api/v1/licensing/applications", "clerk", application);
			answered.incrementAndGet();
			if (receipt.statusCode() != 201) {
				return true;
			}
			transitions.incrementAndGet();
			String id = this.json.readTree(receipt.body()).path("id").asString();
			material(id, "节能审查申请书", null);
			material(id, "节能报告", ("%PDF-1.4\n% 节能报告 " + id + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8));
			String today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
			List<Object[]> steps = List.of(new Object[] { "accept", "clerk", Map.of() },
					new Object[] { "assign-officers", "director", Map.of("officerIds", List.of("O-003", "O-004")) },
					new Object[] { "site-inspection", "officer1",
							Map.of("officerIds", List.of("O-003", "O-004"), "findings", "项目现场与申报材料一致") },
					new Object[] { "opinion", "officer1", Map.of("opinion", "符合节能审查条件，拟准予", "proposeGrant", true) },
					new Object[] { "grant", "director",
							Map.of("text", "准予通过节能审查", "licenceNumber", "新发改能审〔2026〕" + n + "号", "validTo",
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
				HttpResponse<String> done = send("POST", "/api/v1/licensing/cases/" + id + "/actions/" + step[0],
						(String) step[1], body);
				answered.incrementAndGet();
				if (done.statusCode() != 200) {
					return true;
				}
				transitions.incrementAndGet();
				revision++;
			}
			return true;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

	private void material(String caseId, String name, byte[] pdf) throws IOException, InterruptedException {
		String boundary = "sanxiang-" + UUID.randomUUID();
		byte[] body = ChildPlatform.materialBody(boundary, name, pdf);
		this.http.send(request("/api/v1/licensing/cases/" + caseId + "/materials", "clerk")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A PATCH that declares the rest of the file, sends one more megabyte and waits. */
	private Socket unfinishedPatch(URI upload, byte[] video) throws IOException, InterruptedException {
		Socket socket = new Socket("localhost", this.port);
		OutputStream out = socket.getOutputStream();
		String head = "PATCH " + upload.getRawPath() + " HTTP/1.1\r\nHost: localhost:" + this.port
				+ "\r\nAuthorization: " + basic("officer1") + "\r\nTus-Resumable: 1.0.0\r\nUpload-Offset: "
				+ FIRST_CHUNK + "\r\nContent-Type: application/offset+octet-stream\r\nContent-Length: "
				+ (video.length - FIRST_CHUNK) + "\r\n\r\n";
		out.write(head.getBytes(StandardCharsets.US_ASCII));
		out.write(video, FIRST_CHUNK, FIRST_CHUNK);
		out.flush();
		return socket;
	}

	/**
	 * The files a kill leaves in each crash window, placed while the platform is down: a
	 * blob store write cut off before its rename, a partial upload file whose row never
	 * committed, and a stored file whose row never committed.
	 */
	private static void leaveWhatKillsLeave(Path blobs) throws Exception {
		Files.createDirectories(blobs.resolve("tmp"));
		Files.write(blobs.resolve("tmp").resolve("blob-1234567890.part"), new byte[4096]);
		Files.createDirectories(blobs.resolve("uploads"));
		Files.write(blobs.resolve("uploads").resolve(UUID.randomUUID() + ".part"), new byte[4096]);
		byte[] content = ("%PDF-1.4\n% 未提交 " + UUID.randomUUID() + "\n").getBytes(StandardCharsets.UTF_8);
		String key = HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		Path file = blobs.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
		Files.createDirectories(file.getParent());
		Files.write(file, content);
	}

	private static Thread started(String name, Runnable work) {
		Thread thread = new Thread(work, name);
		thread.start();
		return thread;
	}

	// --- the child process ---

	private void start(String name) throws Exception {
		try (ServerSocket free = new ServerSocket(0)) {
			this.port = free.getLocalPort();
		}
		Path logs = Files.createDirectories(Path.of("target", "process-kill"));
		Path log = logs.resolve(name + ".log");
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
				"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-cp",
				ChildPlatform.classpath(), SanxiangApplication.class.getName(), "--server.port=" + this.port,
				"--sanxiang.blob-store.dir=" + home.resolve("blobs"),
				"--sanxiang.journal.keystore=" + home.resolve("journal").resolve("signing-key.p12"),
				"--sanxiang.demo.enabled=true", "--spring.main.banner-mode=off");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().put("SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "postgres"));
		builder.environment().put("SPRING_DATASOURCE_USERNAME", "postgres");
		builder.environment().put("SPRING_DATASOURCE_PASSWORD", "postgres");
		this.child = builder.start();
		ChildPlatform.awaitReady("the platform", this.child, log, START_TIMEOUT);
	}

	private void stop() throws InterruptedException {
		if (this.child != null && this.child.isAlive()) {
			this.child.destroy();
			if (!this.child.waitFor(30, TimeUnit.SECONDS)) {
				this.child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
		}
	}

	// --- HTTP and files ---

	private HttpRequest.Builder request(String path, String user) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", basic(user));
	}

	private HttpResponse<String> send(String method, String path, String user, Object body)
			throws IOException, InterruptedException {
		return counted(this.http.send(request(path, user).header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)))
			.build(), HttpResponse.BodyHandlers.ofString()));
	}

	private HttpResponse<String> counted(HttpResponse<String> response) {
		this.statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
		if (response.statusCode() >= 500 && response.statusCode() != 503) {
			this.serverErrors
				.add(response.request().uri().getPath() + " → " + response.statusCode() + " " + response.body());
		}
		return response;
	}

	private JsonNode post(String path, String user) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(
				request(path, user).POST(HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
	}

	private static DataSource database() {
		return postgres.getPostgresDatabase();
	}

	/** The keys of the files in the blob store ({@code ab/cd/<sha256>}). */
	private static Set<String> storedKeys(Path blobs) throws IOException {
		try (Stream<Path> files = Files.walk(blobs, 3)) {
			return files.filter(p -> blobs.relativize(p).getNameCount() == 3 && Files.isRegularFile(p))
				.filter(p -> !blobs.relativize(p).startsWith("tmp") && !blobs.relativize(p).startsWith("uploads"))
				.map(p -> p.getFileName().toString())
				.collect(Collectors.toSet());
		}
	}

	private static List<String> filesIn(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).toList();
		}
	}

}
