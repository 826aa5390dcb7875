package org.sanxiang.supervision.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;

import org.sanxiang.platform.BlobStore;
import org.sanxiang.platform.FileSystemBlobStore;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Where the ledger's evidence files are kept: a content-addressed {@link BlobStore} of
 * its own ({@code sanxiang.supervision.ledger.files-dir}, default
 * {@code ./data/ledger-files}; a throw-away directory when the platform's store is one,
 * as in the tests). Not the platform's store: the evidence module's start-up recovery
 * removes every file there that no evidence item or application material names.
 */
@Component
class LedgerFiles {

	private final FileSystemBlobStore store;

	private final boolean throwAway;

	LedgerFiles(Environment env) throws IOException {
		this.throwAway = !StringUtils.hasText(env.getProperty("sanxiang.blob-store.dir", "./data/blobs"));
		String dir = env.getProperty("sanxiang.supervision.ledger.files-dir", "./data/ledger-files");
		this.store = new FileSystemBlobStore(
				this.throwAway ? Files.createTempDirectory("sanxiang-ledger-files-") : Path.of(dir));
	}

	@PreDestroy
	void removeThrowAwayDirectory() throws IOException {
		if (!this.throwAway || !Files.exists(this.store.root())) {
			return;
		}
		try (Stream<Path> paths = Files.walk(this.store.root())) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	BlobStore.Blob put(InputStream content) throws IOException {
		return this.store.put(content);
	}

	InputStream open(String key) throws IOException {
		return this.store.open(key);
	}

}
