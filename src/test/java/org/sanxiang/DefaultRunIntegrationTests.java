package org.sanxiang;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boots the application exactly as {@code ./mvnw spring-boot:run} does — default profile,
 * durable embedded PostgreSQL, demo data — so the default run never rots. Only the data
 * directory and the port differ, so the test does not touch a developer's {@code ./data}.
 */
class DefaultRunIntegrationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void defaultRunServesThePortalAndKeepsItsDataBetweenStarts() throws Exception {
		Path data = Files.createTempDirectory("sanxiang-default-run-");
		Path dataDir = data.resolve("pg");
		// the files and the signing key beside the database too: a start removes the
		// stored files its records do not name, which would be a developer's own under
		// ./data
		String[] args = { "--server.port=0", "--sanxiang.embedded-db.data-dir=" + dataDir,
				"--sanxiang.blob-store.dir=" + data.resolve("blobs"),
				"--sanxiang.documents.dir=" + data.resolve("documents"),
				"--sanxiang.journal.keystore=" + data.resolve("journal").resolve("signing-key.p12") };

		long firstCount;
		long firstDocuments;
		try (ConfigurableApplicationContext app = SpringApplication.run(SanxiangApplication.class, args)) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			assertThat(get(port, "/actuator/health").body()).contains("\"UP\"");
			HttpResponse<String> home = get(port, "/");
			assertThat(home.statusCode()).isEqualTo(200);
			assertThat(home.body()).contains("新田县发展和改革局");
			firstCount = rowsThatDemoDataCreated(app);
			assertThat(firstCount).isPositive();
			firstDocuments = documents(app);
			// the demo cases' documents, each stored beside the database
			assertThat(firstDocuments).isPositive();
			try (Stream<Path> files = Files.walk(data.resolve("documents"))) {
				assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(firstDocuments);
			}
		}
		assertThat(dataDir.resolve("PG_VERSION")).exists();

		try (ConfigurableApplicationContext app = SpringApplication.run(SanxiangApplication.class, args)) {
			assertThat(rowsThatDemoDataCreated(app)).as("demo data is loaded once, then found again")
				.isEqualTo(firstCount);
			assertThat(documents(app)).as("the demo documents are issued once").isEqualTo(firstDocuments);
		}
	}

	private long rowsThatDemoDataCreated(ConfigurableApplicationContext app) {
		return app.getBean(JdbcClient.class).sql("select count(*) from catalog_version").query(Long.class).single();
	}

	private long documents(ConfigurableApplicationContext app) {
		return app.getBean(JdbcClient.class).sql("select count(*) from documents_document").query(Long.class).single();
	}

	private HttpResponse<String> get(int port, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
