package org.sanxiang.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangApplication;
import org.sanxiang.support.ChildPlatform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: a node killed with SIGKILL ({@code kill -9}) in the middle of a backup leaves
 * no partial state anyone sees. The backup command runs in a child JVM (like
 * {@code ProcessKillIntegrationTests}) over an installation with enough ledger files that
 * the backup takes a while, and is killed once its partial directory holds files:
 * afterwards no backup is listed, the journal records no finished backup, and the next
 * backup removes the leftovers and completes.
 */
class BackupKillIntegrationTests {

	@Test
	void aBackupKilledHalfwayLeavesNoBackupAndTheNextOneCleansUp() throws Exception {
		Path home = Files.createTempDirectory("sanxiang-backup-kill-");
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start()) {
			Path blobs = home.resolve("blobs");
			// ledger files, not evidence: the start-up clean-up would remove evidence
			// files no
			// record names
			fillBlobStore(home.resolve("ledger-files"), 300);
			Path backups = home.resolve("backups");

			Process child = backUp(postgres, home, blobs, backups);
			Path partial = null;
			long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
			while (partial == null && System.nanoTime() < deadline && child.isAlive()) {
				partial = partialWithFiles(backups);
				Thread.sleep(20);
			}
			assertThat(partial).as("a backup in progress, killed halfway").isNotNull();
			child.destroyForcibly().waitFor();

			Backups seen = new Backups(null, null, null,
					new BackupSettings(new MockEnvironment().withProperty("sanxiang.backup.dir", backups.toString())),
					event -> {
					}, Clock.systemUTC());
			assertThat(seen.list()).isEmpty();
			try (Stream<Path> left = Files.list(backups)) {
				assertThat(left.map(p -> p.getFileName().toString()))
					.allMatch(n -> n.startsWith(Backups.PARTIAL_PREFIX));
			}
			JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
			assertThat(jdbc.sql("select count(*) from journal_entry where type = 'BackupCreated'")
				.query(Long.class)
				.single()).isZero();

			// the next run removes what the killed one left and completes
			Process again = backUp(postgres, home, blobs, backups);
			assertThat(again.waitFor()).isZero();
			assertThat(seen.list()).hasSize(1);
			assertThat(partial).doesNotExist();
			assertThat(Backups.verify(seen.list().get(0).dir()).intact()).isTrue();
		}
		finally {
			Backups.deleteTree(home);
		}
	}

	private static Process backUp(EmbeddedPostgres postgres, Path home, Path blobs, Path backups) throws IOException {
		Path logs = Files.createDirectories(Path.of("target", "backup-kill"));
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
				"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-cp",
				ChildPlatform.classpath(), SanxiangApplication.class.getName(), "--server.port=0",
				"--sanxiang.backup.cron=-", "--sanxiang.blob-store.dir=" + blobs,
				"--sanxiang.supervision.ledger.files-dir=" + home.resolve("ledger-files"),
				"--sanxiang.journal.keystore=" + home.resolve("journal").resolve("signing-key.p12"),
				"--sanxiang.backup.create=" + backups, "--spring.main.banner-mode=off");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("child.log").toFile()));
		builder.environment().put("SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "postgres"));
		builder.environment().put("SPRING_DATASOURCE_USERNAME", "postgres");
		builder.environment().put("SPRING_DATASOURCE_PASSWORD", "postgres");
		return builder.start();
	}

	private static Path partialWithFiles(Path backups) throws IOException {
		if (!Files.isDirectory(backups)) {
			return null;
		}
		try (Stream<Path> dirs = Files.list(backups)) {
			for (Path dir : dirs.toList()) {
				if (dir.getFileName().toString().startsWith(Backups.PARTIAL_PREFIX)
						&& Files.isDirectory(dir.resolve("ledger-files"))) {
					try (Stream<Path> files = Files.walk(dir.resolve("ledger-files"))) {
						if (files.filter(Files::isRegularFile).count() > 5) {
							return dir;
						}
					}
				}
			}
		}
		return null;
	}

	private static void fillBlobStore(Path dir, int mib) throws IOException {
		org.sanxiang.platform.FileSystemBlobStore store = new org.sanxiang.platform.FileSystemBlobStore(dir);
		Random random = new Random(9);
		byte[] file = new byte[1 << 20];
		for (int i = 0; i < mib; i++) {
			random.nextBytes(file);
			store.put(new java.io.ByteArrayInputStream(file));
		}
	}

}
