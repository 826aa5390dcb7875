package org.sanxiang.backup;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.sanxiang.SanxiangApplication;
import org.sanxiang.journal.Journal;
import org.sanxiang.platform.BlobStore;
import org.sanxiang.platform.FileSystemBlobStore;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Backup benchmark (issue 11, bench/backup): a populated installation (the demo data,
 * plus {@code bench.entries} journal entries and {@code bench.mib} MiB of evidence files
 * of 1 MiB each) on embedded PostgreSQL with fsync on, backed up and restored by
 * {@link Backups} into a second, empty PostgreSQL, against the plain copy in the same
 * run: {@code tar} of the blob directory plus a JDBC {@code COPY} of every table in one
 * snapshot (what {@code pg_dump} does), and back ({@code tar -x} and {@code COPY FROM}).
 * Prints times, MB/s and the ratios. Lives in the backup package because {@link Backups}
 * is the module's internal service.
 */
public final class BackupBench {

	private BackupBench() {
	}

	public static void main(String[] args) throws Exception {
		int mib = Integer.getInteger("bench.mib", 256);
		int entries = Integer.getInteger("bench.entries", 20_000);
		Path home = Files.createTempDirectory("sanxiang-backup-bench-");
		System.out.printf(
				"backup bench: %d MiB of evidence (1 MiB files), %d extra journal entries, demo data; home %s%n", mib,
				entries, home);
		try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(SanxiangApplication.class).run(
				"--server.port=0", "--sanxiang.backup.cron=-", "--sanxiang.embedded-db.data-dir=" + home.resolve("pg"),
				"--sanxiang.blob-store.dir=" + home.resolve("blobs"),
				"--sanxiang.supervision.ledger.files-dir=" + home.resolve("ledger-files"),
				"--sanxiang.journal.keystore=" + home.resolve("journal/signing-key.p12"),
				"--sanxiang.backup.dir=" + home.resolve("backups"), "--sanxiang.demo.documents=false",
				"--logging.level.root=WARN")) {
			BlobStore blobs = ctx.getBean(BlobStore.class);
			Journal journal = ctx.getBean(Journal.class);
			Backups backups = ctx.getBean(Backups.class);
			DataSource dataSource = ctx.getBean(DataSource.class);
			Random random = new Random(11);
			byte[] file = new byte[1 << 20];
			for (int i = 0; i < mib; i++) {
				random.nextBytes(file);
				blobs.put(new java.io.ByteArrayInputStream(file));
			}
			org.springframework.transaction.support.TransactionTemplate tx = new org.springframework.transaction.support.TransactionTemplate(
					ctx.getBean(org.springframework.transaction.PlatformTransactionManager.class));
			for (int done = 0; done < entries; done += 1000) {
				int batch = Math.min(1000, entries - done);
				tx.executeWithoutResult(s -> {
					for (int i = 0; i < batch; i++) {
						journal.append("bench", UUID.randomUUID(), "BenchEntry", java.util.Map.of("n", i));
					}
				});
			}
			journal.signTreeHead();
			for (int round = 1; round <= 2; round++) {
				System.out.printf("-- round %d%n", round);
				Path out = home.resolve("out-" + round);
				long t0 = System.nanoTime();
				Backups.BackupSummary made = backups.createIn(out.resolve("platform"), "bench");
				long backupNanos = System.nanoTime() - t0;
				long bytes = made.bytes();
				t0 = System.nanoTime();
				Path plain = out.resolve("plain");
				long plainBytes = plainBackup(dataSource, home.resolve("blobs"), plain);
				long plainBackupNanos = System.nanoTime() - t0;

				long restoreNanos;
				long plainRestoreNanos;
				try (EmbeddedPostgres a = start(); EmbeddedPostgres b = start()) {
					t0 = System.nanoTime();
					backups.restore(made.dir(), new Backups.RestoreTarget(a.getPostgresDatabase(),
							new FileSystemBlobStore(out.resolve("restored/blobs")),
							out.resolve("restored/ledger-files"), out.resolve("restored/journal/signing-key.p12")));
					restoreNanos = System.nanoTime() - t0;
					t0 = System.nanoTime();
					plainRestore(ctx.getBean(Flyway.class), b.getPostgresDatabase(), plain,
							out.resolve("plain-restored"));
					plainRestoreNanos = System.nanoTime() - t0;
				}
				report("backup ", bytes, backupNanos, plainBytes, plainBackupNanos);
				report("restore", bytes, restoreNanos, plainBytes, plainRestoreNanos);
				Backups.deleteTree(out);
			}
		}
		finally {
			Backups.deleteTree(home);
		}
	}

	private static void report(String what, long bytes, long nanos, long plainBytes, long plainNanos) {
		double mbps = bytes / 1e6 / (nanos / 1e9);
		double plainMbps = plainBytes / 1e6 / (plainNanos / 1e9);
		System.out.printf(
				"%s platform %.2f s, %.0f MB, %.1f MB/s | plain tar+COPY %.2f s, %.0f MB, %.1f MB/s | time ratio plain/platform %.2f%n",
				what, nanos / 1e9, bytes / 1e6, mbps, plainNanos / 1e9, plainBytes / 1e6, plainMbps,
				(double) plainNanos / nanos);
	}

	private static EmbeddedPostgres start() throws Exception {
		return EmbeddedPostgres.builder()
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.start();
	}

	/**
	 * What an operator would do with pg_dump and tar: COPY every table in one snapshot.
	 */
	private static long plainBackup(DataSource dataSource, Path blobs, Path out) throws Exception {
		Files.createDirectories(out.resolve("db"));
		try (Connection con = dataSource.getConnection()) {
			con.setAutoCommit(false);
			con.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			con.setReadOnly(true);
			CopyManager copy = con.unwrap(PGConnection.class).getCopyAPI();
			List<String> tables = new ArrayList<>();
			try (Statement st = con.createStatement();
					ResultSet rs = st.executeQuery("select format('%I.%I', schemaname, tablename) from pg_tables"
							+ " where schemaname not in ('pg_catalog', 'information_schema') order by 1")) {
				while (rs.next()) {
					tables.add(rs.getString(1));
				}
			}
			for (String table : tables) {
				try (OutputStream file = Files.newOutputStream(out.resolve("db/" + table))) {
					copy.copyOut("COPY " + table + " TO STDOUT (FORMAT binary)", file);
				}
			}
			con.commit();
		}
		run("tar", "-cf", out.resolve("blobs.tar").toString(), "-C", blobs.toString(), ".");
		run("sync");
		long size = 0;
		try (var files = Files.walk(out)) {
			for (Path p : files.filter(Files::isRegularFile).toList()) {
				size += Files.size(p);
			}
		}
		return size;
	}

	private static void plainRestore(Flyway flyway, DataSource target, Path plain, Path blobs) throws Exception {
		Flyway.configure(flyway.getConfiguration().getClassLoader())
			.configuration(flyway.getConfiguration())
			.dataSource(target)
			.load()
			.migrate();
		try (Connection con = target.getConnection()) {
			con.setAutoCommit(false);
			try (Statement st = con.createStatement()) {
				st.execute("set local session_replication_role = replica");
				List<String> tables = new ArrayList<>();
				try (var files = Files.list(plain.resolve("db"))) {
					files.forEach(f -> tables.add(f.getFileName().toString()));
				}
				st.execute("truncate " + String.join(", ", tables));
				CopyManager copy = con.unwrap(PGConnection.class).getCopyAPI();
				for (String table : tables) {
					try (InputStream in = Files.newInputStream(plain.resolve("db/" + table))) {
						copy.copyIn("COPY " + table + " FROM STDIN (FORMAT binary)", in);
					}
				}
			}
			con.commit();
		}
		Files.createDirectories(blobs);
		run("tar", "-xf", plain.resolve("blobs.tar").toString(), "-C", blobs.toString());
		run("sync");
	}

	private static void run(String... command) throws Exception {
		Process p = new ProcessBuilder(command).inheritIO().start();
		if (p.waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed");
		}
	}

}
