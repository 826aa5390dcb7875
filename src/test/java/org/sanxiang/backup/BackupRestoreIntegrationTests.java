package org.sanxiang.backup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangApplication;
import org.sanxiang.journal.Journal;
import org.sanxiang.journal.JournalVerification;
import org.sanxiang.journal.TreeHead;
import org.sanxiang.platform.BlobStore;
import org.sanxiang.platform.FileSystemBlobStore;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The round trip of issue 11: a populated installation (the Xintian demo data, evidence
 * files, signed tree heads) is backed up and restored into a second, empty PostgreSQL;
 * the restored installation then has the same rows, its journal verifies, every evidence
 * file matches its hash, and it serves the very tree head published before the backup.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
class BackupRestoreIntegrationTests {

	private static final Path HOME = createHome();

	@Autowired
	Backups backups;

	@Autowired
	Journal journal;

	@Autowired
	BlobStore blobs;

	@Autowired
	DataSource dataSource;

	@Autowired
	MockMvc mvc;

	@DynamicPropertySource
	static void keystoreAndBackups(DynamicPropertyRegistry registry) {
		// a keystore that outlives the context, so that the backup carries it
		registry.add("sanxiang.journal.keystore", () -> HOME.resolve("source/signing-key.p12").toString());
		registry.add("sanxiang.backup.dir", () -> HOME.resolve("backups").toString());
		registry.add("sanxiang.backup.cron", () -> "-");
	}

	@AfterAll
	static void removeHome() {
		Backups.deleteTree(HOME);
	}

	@Test
	void aBackupRestoredIntoAnEmptyInstallationBringsBackEveryRowFileAndTheSignedTreeHead() throws Exception {
		for (int i = 0; i < 5; i++) {
			this.blobs.put(new ByteArrayInputStream(("现场照片 " + i).repeat(1000 + i).getBytes(StandardCharsets.UTF_8)));
		}
		this.journal.signTreeHead();
		TreeHead published = this.journal.latestTreeHead().orElseThrow();
		List<String> sourceKeys;
		try (Stream<String> keys = this.blobs.keys()) {
			sourceKeys = keys.toList();
		}

		Backups.BackupSummary made = this.backups.create("test");
		assertThat(this.backups.list()).extracting(Backups.BackupSummary::name).contains(made.name());
		assertThat(Backups.verify(made.dir()).intact()).isTrue();
		BackupManifest manifest = Backups.readManifest(made.dir());
		assertThat(manifest.treeHead().size()).isGreaterThanOrEqualTo(published.size());
		assertThat(manifest.keystoreIncluded()).isTrue();
		assertThat(manifest.rows().get("public.journal_entry")).isEqualTo(manifest.journalSize()).isPositive();
		assertThat(manifest.tables()).contains("public.flyway_schema_history");

		Path target = HOME.resolve("target");
		try (EmbeddedPostgres empty = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start()) {
			DataSource restored = empty.getPostgresDatabase();
			FileSystemBlobStore restoredBlobs = new FileSystemBlobStore(target.resolve("blobs"));
			this.backups.restore(made.dir(), new Backups.RestoreTarget(restored, restoredBlobs,
					target.resolve("ledger-files"), target.resolve("journal/signing-key.p12")));

			JdbcClient jdbc = JdbcClient.create(restored);
			for (Map.Entry<String, Long> table : manifest.rows().entrySet()) {
				assertThat(jdbc.sql("select count(*) from " + table.getKey()).query(Long.class).single())
					.as(table.getKey())
					.isEqualTo(table.getValue());
			}
			List<String> restoredKeys = new ArrayList<>();
			try (Stream<String> keys = restoredBlobs.keys()) {
				keys.forEach(restoredKeys::add);
			}
			assertThat(restoredKeys).containsAll(sourceKeys);
			for (String key : restoredKeys) {
				try (InputStream in = restoredBlobs.open(key)) {
					assertThat(sha256(in)).isEqualTo(key);
				}
			}

			// a second installation on the restored database, files and keystore
			try (ConfigurableApplicationContext second = new SpringApplicationBuilder(SanxiangApplication.class)
				.profiles("test")
				.run("--spring.datasource.url=" + empty.getJdbcUrl("postgres", "postgres"),
						"--spring.datasource.username=postgres", "--sanxiang.demo.enabled=false",
						"--sanxiang.blob-store.dir=" + target.resolve("blobs"),
						"--sanxiang.journal.keystore=" + target.resolve("journal/signing-key.p12"),
						"--sanxiang.backup.dir=" + target.resolve("backups"), "--sanxiang.backup.cron=-",
						"--server.port=0")) {
				Journal restoredJournal = second.getBean(Journal.class);
				JournalVerification verification = restoredJournal.verify();
				assertThat(verification.intact()).as(verification.detail()).isTrue();
				assertThat(verification.verifiedEntries()).isGreaterThanOrEqualTo(manifest.journalSize());

				TreeHead sameHead = restoredJournal.treeHead(published.size());
				assertThat(sameHead.root()).isEqualTo(published.root());
				assertThat(sameHead.signature()).isEqualTo(published.signature());
				assertThat(restoredJournal.publicKey().id()).isEqualTo(this.journal.publicKey().id());

				// the restored log grows on, and proves that it extends the published
				// head
				second.getBean(Backups.class).journalRestore("test", made.dir(), manifest);
				TreeHead next = restoredJournal.signTreeHead().orElseThrow();
				assertThat(next.size()).isGreaterThan(published.size());
				assertThat(restoredJournal.consistencyProof(published.size(), next.size()).path()).isNotEmpty();
				assertThat(restoredJournal.verify().intact()).isTrue();
			}
		}
	}

	@Test
	void restoreRefusesAnInstallationThatAlreadyHoldsRecords() throws Exception {
		Backups.BackupSummary made = this.backups.createIn(HOME.resolve("refused"), "test");
		assertThatThrownBy(
				() -> this.backups.restore(made.dir(), new Backups.RestoreTarget(this.dataSource, null, null, null)))
			.isInstanceOf(BackupRefused.class)
			.hasMessageContaining("只能恢复到空的安装");
	}

	@Test
	void anAdministratorStartsABackupOnTheConsoleVerifiesItAndDownloadsItsManifest() throws Exception {
		this.mvc.perform(post("/console/admin/backups").with(user("officer1").roles("OFFICER")).with(csrf()))
			.andExpect(status().isForbidden());
		int before = this.backups.list().size();
		this.mvc.perform(post("/console/admin/backups").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/console/admin/backups"));
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.backups.list().size() > before && this.backups.inProgress().isEmpty());
		String name = this.backups.list().get(0).name();
		this.mvc.perform(get("/console/admin/backups").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("立即备份")))
			.andExpect(content().string(containsString("最新 7 份始终保留")));
		this.mvc
			.perform(post("/console/admin/backups/" + name + "/verify").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", containsString("备份完整")));
		this.mvc.perform(get("/console/admin/backups/" + name + "/manifest.json").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("sanxiang-backup/v1")));
		this.mvc
			.perform(get("/console/admin/backups/sanxiang-19990101-000000/manifest.json")
				.with(user("admin").roles("ADMIN")))
			.andExpect(status().isNotFound());
		JdbcClient jdbc = JdbcClient.create(this.dataSource);
		assertThat(jdbc.sql("select actor from journal_entry where type = 'BackupVerified' order by seq desc limit 1")
			.query(String.class)
			.single()).isEqualTo("admin");
		assertThat(jdbc.sql("select count(*) from journal_entry where type = 'BackupCreated' and actor = 'admin'")
			.query(Long.class)
			.single()).isPositive();
	}

	private static String sha256(InputStream in) throws Exception {
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		byte[] buffer = new byte[65536];
		for (int n; (n = in.read(buffer)) > 0;) {
			sha.update(buffer, 0, n);
		}
		return HexFormat.of().formatHex(sha.digest());
	}

	private static Path createHome() {
		try {
			return Files.createTempDirectory("sanxiang-backup-it-");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
