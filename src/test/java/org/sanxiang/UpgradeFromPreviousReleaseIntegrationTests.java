package org.sanxiang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.sanxiang.journal.JournalBenchDriver;
import org.sanxiang.journal.JournalVerification;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation of the previous release, with data in it, upgraded by the current
 * migrations (issue 11, item 2). The fixture {@code upgrade/previous-release.sql.gz} is
 * the data of every table of a demo installation at that release, written by
 * {@code tools/upgrade-fixture/make-fixture}; it carries no DDL, so the release's schema
 * is rebuilt by Flyway up to the release's last version, and the release's own
 * {@code flyway_schema_history} rows replace the ones written here: the current
 * application then validates the release's checksums, so a migration of the release
 * edited since fails this test as it would fail the upgrade of a real installation.
 */
class UpgradeFromPreviousReleaseIntegrationTests {

	private static final String FIXTURE = "/upgrade/previous-release.sql.gz";

	/** What an installation must keep across an upgrade. */
	private static final List<String> KEPT = List.of("casework_case", "casework_event", "casework_material",
			"journal_entry", "journal_node", "journal_tree_head", "disclosure_publication",
			"disclosure_publication_history", "evidence_item", "documents_document", "review_legal_review",
			"review_decision", "identity_user", "catalog_entry", "supervision_check");

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void migratesThePreviousReleaseWithItsDataKeepingEveryRowAndAVerifiableJournal(@TempDir Path files)
			throws Exception {
		String release = resource("/upgrade/previous-release.version").trim();
		try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
			.setLocaleConfig("encoding", "UTF8")
			.setServerConfig("fsync", "off")
			.setServerConfig("synchronous_commit", "off")
			.start()) {
			DataSource db = pg.getPostgresDatabase();
			// the application's only Flyway setting (application.properties), with the
			// release's last version as target
			Flyway.configure().dataSource(db).locations("classpath:db/migration").target(release).load().migrate();
			Set<String> releaseTables = tables(db);
			load(db);

			JdbcClient jdbc = JdbcClient.create(db);
			Map<String, Long> before = counts(jdbc);
			assertThat(before.get("casework_case")).as("the fixture is a populated installation").isPositive();
			assertThat(before.get("journal_entry")).isPositive();
			assertThat(before.get("disclosure_publication")).isPositive();
			assertThat(before.get("evidence_item")).isPositive();
			assertThat(jdbc.sql("select max(version::int) from flyway_schema_history where version is not null")
				.query(Integer.class)
				.single()).as("the fixture is at the release's schema").isEqualTo(Integer.parseInt(release));

			// the current migrations, as the application configures them: validation
			// against the release's checksums first
			var result = Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
			assertThat(result.success).isTrue();
			assertThat(result.migrationsExecuted).as("the migrations added since the release").isPositive();
			assertThat(counts(jdbc)).as("no migration loses or adds a row of the release's data").isEqualTo(before);
			Set<String> added = new TreeSet<>(tables(db));
			added.removeAll(releaseTables);
			assertThat(added).isNotEmpty();
			for (String table : added) {
				assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single())
					.as("new table %s starts empty", table)
					.isZero();
			}

			// the current application on the upgraded database, without demo data
			String[] args = { "--server.port=0", "--spring.datasource.url=" + pg.getJdbcUrl("postgres", "postgres"),
					"--spring.datasource.username=postgres", "--spring.datasource.password=",
					"--sanxiang.demo.enabled=false", "--sanxiang.blob-store.dir=" + files.resolve("blobs"),
					"--sanxiang.documents.dir=" + files.resolve("documents"),
					"--sanxiang.journal.keystore=" + files.resolve("journal").resolve("signing-key.p12") };
			try (ConfigurableApplicationContext app = SpringApplication.run(SanxiangApplication.class, args)) {
				JournalVerification verification = JournalBenchDriver.of(app).verify();
				assertThat(verification.intact()).as(verification.detail()).isTrue();
				assertThat(verification.verifiedEntries()).isGreaterThanOrEqualTo(before.get("journal_entry"));
				assertThat(verification.verifiedTreeHeads()).isGreaterThanOrEqualTo(before.get("journal_tree_head"));

				int port = ((WebServerApplicationContext) app).getWebServer().getPort();
				// the portal on the release's data, and the public reads of the new
				// tables
				for (String path : List.of("/", "/api/v1/inspection/plans", "/api/v1/inspection/results",
						"/inspections")) {
					assertThat(get(port, path).statusCode()).as(path).isEqualTo(200);
				}
			}
		}
	}

	/**
	 * Empties the tables (the fixture holds every row of the release, the rows its
	 * migrations seed and its own schema history among them), then runs the fixture:
	 * statements one a line, {@code COPY ... FROM stdin} blocks up to the line
	 * {@code \.}, in one transaction with the foreign keys' triggers off.
	 */
	private static void load(DataSource db) throws IOException, SQLException {
		try (Connection connection = db.getConnection();
				BufferedReader lines = new BufferedReader(new InputStreamReader(
						new GZIPInputStream(
								UpgradeFromPreviousReleaseIntegrationTests.class.getResourceAsStream(FIXTURE)),
						StandardCharsets.UTF_8))) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				// the rows the migrations seed are in the fixture as the release kept
				// them
				statement.execute("set session_replication_role = replica");
				statement.execute("truncate " + String.join(", ", tables(db)));
			}
			String line;
			while ((line = lines.readLine()) != null) {
				if (line.isBlank() || line.startsWith("--")) {
					continue;
				}
				if (line.startsWith("COPY ")) {
					StringBuilder rows = new StringBuilder();
					String row;
					while (!"\\.".equals(row = lines.readLine())) {
						rows.append(row).append('\n');
					}
					connection.unwrap(PGConnection.class)
						.getCopyAPI()
						.copyIn(line.substring(0, line.length() - 1), new StringReader(rows.toString()));
				}
				else {
					try (Statement statement = connection.createStatement()) {
						statement.execute(line);
					}
				}
			}
			connection.commit();
		}
	}

	private static Map<String, Long> counts(JdbcClient jdbc) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : KEPT) {
			counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		return counts;
	}

	private static Set<String> tables(DataSource db) {
		return new TreeSet<>(JdbcClient.create(db)
			.sql("select table_name from information_schema.tables where table_schema = 'public' "
					+ "and table_type = 'BASE TABLE'")
			.query(String.class)
			.list());
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = UpgradeFromPreviousReleaseIntegrationTests.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private HttpResponse<String> get(int port, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
