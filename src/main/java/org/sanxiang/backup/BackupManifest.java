package org.sanxiang.backup;

import java.util.List;
import java.util.Map;

/**
 * What a backup holds: every part with its SHA-256 and size, and what the installation
 * looked like when the snapshot was taken. Written last, as {@code manifest.json}: a
 * directory without it is not a backup.
 *
 * @param format {@code sanxiang-backup/v1}
 * @param createdAt when the database snapshot was taken (ISO-8601)
 * @param schemaVersion the Flyway version of the database
 * @param journalSize entries in the journal at the snapshot
 * @param treeHead the latest signed tree head at the snapshot, or {@code null}
 * @param sequences every sequence's {@code last_value} and {@code is_called}
 * @param tables the dumped tables, in dump order ({@code COPY} binary format)
 * @param rows each table's row count in the snapshot
 * @param keystoreIncluded whether the journal's signing keystore (and its generated
 * password file) is part of the backup
 * @param parts every file of the backup but the manifest
 */
record BackupManifest(String format, String createdAt, String appVersion, String schemaVersion, long journalSize,
		SignedHead treeHead, Map<String, SequenceValue> sequences, List<String> tables, Map<String, Long> rows,
		boolean keystoreIncluded, List<Part> parts) {

	static final String FORMAT = "sanxiang-backup/v1";

	static final String FILE_NAME = "manifest.json";

	/** A signed tree head as published: root hex, signature base64. */
	record SignedHead(long size, String root, String hashAlgorithm, String at, String keyId, String signature) {
	}

	record SequenceValue(long lastValue, boolean isCalled) {
	}

	/**
	 * One file of the backup.
	 *
	 * @param path relative to the backup directory, with {@code /}
	 * @param kind {@code table}, {@code blob}, {@code ledger-file} or {@code keystore}
	 */
	record Part(String path, String kind, String sha256, long size) {
	}

	long totalSize() {
		return this.parts.stream().mapToLong(Part::size).sum();
	}

}
