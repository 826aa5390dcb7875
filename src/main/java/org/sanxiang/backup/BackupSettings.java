package org.sanxiang.backup;

import java.nio.file.Path;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Where backups go and how many are kept ({@code sanxiang.backup.*}), and where the parts
 * outside the database live: the ledger files and the journal's keystore (none when the
 * installation keeps them in throw-away directories, as the tests do).
 */
@Component
class BackupSettings {

	private final Path dir;

	private final int keepLast;

	private final int keepDays;

	private final boolean includeKeystore;

	private final String cron;

	private final Path ledgerDir;

	private final Path keystore;

	BackupSettings(Environment env) {
		this.dir = Path.of(env.getProperty("sanxiang.backup.dir", "./data/backups")).toAbsolutePath().normalize();
		this.keepLast = env.getProperty("sanxiang.backup.keep-last", Integer.class, 7);
		this.keepDays = env.getProperty("sanxiang.backup.keep-days", Integer.class, 30);
		this.includeKeystore = env.getProperty("sanxiang.backup.include-keystore", Boolean.class, true);
		this.cron = env.getProperty("sanxiang.backup.cron", "0 0 2 * * *");
		boolean blobsKept = StringUtils.hasText(env.getProperty("sanxiang.blob-store.dir", "./data/blobs"));
		this.ledgerDir = blobsKept
				? Path.of(env.getProperty("sanxiang.supervision.ledger.files-dir", "./data/ledger-files"))
					.toAbsolutePath()
					.normalize()
				: null;
		String keystore = env.getProperty("sanxiang.journal.keystore", "./data/journal/signing-key.p12");
		this.keystore = StringUtils.hasText(keystore) ? Path.of(keystore).toAbsolutePath().normalize() : null;
	}

	Path dir() {
		return this.dir;
	}

	/** The newest backups always kept, whatever their age. */
	public int getKeepLast() {
		return this.keepLast;
	}

	/** Older backups are deleted once they are older than this (0: at once). */
	public int getKeepDays() {
		return this.keepDays;
	}

	public String getCron() {
		return this.cron;
	}

	public String getDir() {
		return this.dir.toString();
	}

	public boolean isIncludeKeystore() {
		return this.includeKeystore;
	}

	int keepLast() {
		return this.keepLast;
	}

	int keepDays() {
		return this.keepDays;
	}

	boolean includeKeystore() {
		return this.includeKeystore;
	}

	Path ledgerDir() {
		return this.ledgerDir;
	}

	Path keystore() {
		return this.keystore;
	}

}
