package org.sanxiang.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.backup.BackupManifest.Part;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class BackupsTests {

	@TempDir
	Path home;

	@Test
	void aBackupWhoseFilesMatchItsManifestVerifies() throws Exception {
		Path backup = backup(this.home.resolve("sanxiang-20261203-020000"), "2026-12-03T02:00:00Z");
		BackupCheck check = Backups.verify(backup);
		assertThat(check.intact()).isTrue();
		assertThat(check.checkedParts()).isEqualTo(3);
	}

	@Test
	void aChangedByteIsNamed() throws Exception {
		Path backup = backup(this.home.resolve("sanxiang-20261203-020000"), "2026-12-03T02:00:00Z");
		Path table = backup.resolve("db/public.journal_entry.copy");
		byte[] bytes = Files.readAllBytes(table);
		bytes[3] ^= 1;
		Files.write(table, bytes);
		BackupCheck check = Backups.verify(backup);
		assertThat(check.intact()).isFalse();
		assertThat(check.problems()).singleElement().asString().contains("db/public.journal_entry.copy", "已改变");
	}

	@Test
	void aMissingFileAndAnUnlistedFileAreNamed() throws Exception {
		Path backup = backup(this.home.resolve("sanxiang-20261203-020000"), "2026-12-03T02:00:00Z");
		Files.delete(backup.resolve("ledger-files/ab/ledger.pdf"));
		Files.writeString(backup.resolve("blobs/extra"), "slipped in");
		BackupCheck check = Backups.verify(backup);
		assertThat(check.problems()).hasSize(2)
			.anySatisfy(p -> assertThat(p).contains("缺少文件 ledger-files/ab/ledger.pdf"))
			.anySatisfy(p -> assertThat(p).contains("清单中没有的文件 blobs/extra"));
	}

	@Test
	void aDirectoryWithoutManifestIsNoBackup() throws Exception {
		Path backup = backup(this.home.resolve("sanxiang-20261203-020000"), "2026-12-03T02:00:00Z");
		Files.delete(backup.resolve(BackupManifest.FILE_NAME));
		assertThat(Backups.verify(backup).problems()).singleElement().asString().contains("manifest.json");
	}

	@Test
	void anInterruptedBackupIsNeverListedAndIsRemovedBeforeTheNextOne() throws Exception {
		backup(this.home.resolve("sanxiang-20261203-020000"), "2026-12-03T02:00:00Z");
		// what a process killed while writing leaves: a partial directory, maybe already
		// with its manifest
		backup(this.home.resolve(".partial-sanxiang-20261204-020000"), "2026-12-04T02:00:00Z");
		Backups backups = backups(7, 30, "2026-12-04T03:00:00Z");
		assertThat(backups.list()).extracting(Backups.BackupSummary::name).containsExactly("sanxiang-20261203-020000");
		assertThat(Backups.removePartials(this.home)).isEqualTo(1);
		assertThat(this.home.resolve(".partial-sanxiang-20261204-020000")).doesNotExist();
	}

	@Test
	void retentionKeepsTheNewestAndDropsOlderOnesPastTheirDays() throws Exception {
		for (int day = 1; day <= 5; day++) {
			backup(this.home.resolve("sanxiang-2026120" + day + "-020000"), "2026-12-0" + day + "T02:00:00Z");
		}
		// keep the newest two; of the rest, those older than two days go
		Backups backups = backups(2, 2, "2026-12-05T01:00:00Z");
		assertThat(backups.applyRetention()).isEqualTo(2);
		assertThat(backups.list()).extracting(Backups.BackupSummary::name)
			.containsExactly("sanxiang-20261205-020000", "sanxiang-20261204-020000", "sanxiang-20261203-020000");
	}

	private Backups backups(int keepLast, int keepDays, String now) {
		MockEnvironment env = new MockEnvironment().withProperty("sanxiang.backup.dir", this.home.toString())
			.withProperty("sanxiang.backup.keep-last", String.valueOf(keepLast))
			.withProperty("sanxiang.backup.keep-days", String.valueOf(keepDays));
		return new Backups(null, null, null, new BackupSettings(env), event -> {
		}, Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
	}

	private static Path backup(Path dir, String createdAt) throws Exception {
		List<Part> parts = new ArrayList<>();
		parts.add(part(dir, "db/public.journal_entry.copy", "table", "PGCOPY rows of the journal"));
		parts.add(part(dir, "blobs/ab/evidence", "blob", "a photo"));
		parts.add(part(dir, "ledger-files/ab/ledger.pdf", "ledger-file", "a ledger file"));
		BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, createdAt, "test", "38", 1, null, Map.of(),
				List.of("public.journal_entry"), Map.of("public.journal_entry", 1L), false, parts);
		try (OutputStream out = Files.newOutputStream(dir.resolve(BackupManifest.FILE_NAME))) {
			Backups.JSON.writeValue(out, manifest);
		}
		return dir;
	}

	private static Part part(Path dir, String rel, String kind, String content) throws Exception {
		byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
		Path file = dir.resolve(rel);
		Files.createDirectories(file.getParent());
		Files.write(file, bytes);
		String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		return new Part(rel, kind, hash, bytes.length);
	}

}
