package org.sanxiang.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.sanxiang.platform.BlobStore;
import org.sanxiang.platform.FileSystemBlobStore;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.StringUtils;

/**
 * The PDFs of issued documents, in a content-addressed {@link FileSystemBlobStore} of
 * their own (streamed to a temporary file, forced to disk, renamed to its key) under
 * {@code sanxiang.documents.dir} — by default {@code documents} beside the platform's
 * blob directory ({@code ./data/documents}); a throw-away directory when the blob store
 * has one (the tests). Not the platform's shared store: the evidence module removes from
 * that store every file its own records no longer name (deletion after the retention
 * period, recovery after a crash), and an issued document must outlive any evidence item
 * that happens to hold the same bytes.
 * <p>
 * A file is written inside the transaction that stores its document: when that
 * transaction rolls back, the file is removed again unless a committed document names it;
 * at start-up, files no document names (a process killed between writing the file and
 * committing) are removed, as the evidence module does for its store.
 */
@Component
class DocumentFiles implements SmartInitializingSingleton, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DocumentFiles.class);

	private static final int BATCH = 1000;

	private final FileSystemBlobStore store;

	private final boolean throwAway;

	private final JdbcClient jdbc;

	DocumentFiles(Environment env, JdbcClient jdbc) throws IOException {
		this.jdbc = jdbc;
		String configured = env.getProperty("sanxiang.documents.dir");
		if (configured == null) {
			String blobs = env.getProperty("sanxiang.blob-store.dir", "./data/blobs");
			configured = StringUtils.hasText(blobs)
					? Path.of(blobs).toAbsolutePath().resolveSibling("documents").toString() : "";
		}
		this.throwAway = !StringUtils.hasText(configured);
		this.store = new FileSystemBlobStore(
				this.throwAway ? Files.createTempDirectory("sanxiang-documents-") : Path.of(configured));
	}

	/**
	 * Stores a PDF as part of the current transaction and returns its key and digests.
	 */
	BlobStore.Blob put(byte[] pdf) {
		BlobStore.Blob blob;
		try {
			blob = this.store.put(new ByteArrayInputStream(pdf));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("文书文件保存失败", ex);
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						removeIfUnreferenced(blob.key());
					}
				}
			});
		}
		return blob;
	}

	byte[] read(String key) {
		try (InputStream in = this.store.open(key)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("文书文件读取失败：" + key, ex);
		}
	}

	/**
	 * The directory the files are kept in, as configured ({@code sanxiang.documents.dir})
	 * or made for this run.
	 */
	Path directory() {
		return this.store.root();
	}

	boolean contains(String key) {
		return this.store.contains(key);
	}

	/** How many files are stored. */
	long count() {
		try (Stream<String> keys = this.store.keys()) {
			return keys.count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void afterSingletonsInstantiated() {
		int removed = removeUnreferenced();
		if (removed > 0) {
			log.info("已删除 {} 个没有文书记录引用的文书文件（上次运行在保存文件与提交记录之间中断）", removed);
		}
	}

	/**
	 * Removes the stored files no document names; returns how many. Like the evidence
	 * module's recovery, this assumes that no other node writes to the same directory
	 * while this one starts.
	 */
	int removeUnreferenced() {
		int removed = 0;
		try (Stream<String> keys = this.store.keys()) {
			Iterator<String> each = keys.iterator();
			List<String> batch = new ArrayList<>(BATCH);
			while (each.hasNext()) {
				batch.add(each.next());
				if (batch.size() == BATCH || !each.hasNext()) {
					for (String key : unreferenced(batch)) {
						if (removeIfUnreferenced(key)) {
							removed++;
						}
					}
					batch.clear();
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return removed;
	}

	private List<String> unreferenced(List<String> keys) {
		return this.jdbc.sql("""
				select k from unnest(cast(? as text[])) as k
				where not exists (select 1 from documents_document where blob_key = k)""")
			.param(keys.toArray(String[]::new))
			.query(String.class)
			.list();
	}

	private boolean removeIfUnreferenced(String key) {
		try {
			if (!unreferenced(List.of(key)).isEmpty()) {
				this.store.delete(key);
				return true;
			}
			return false;
		}
		catch (IOException | RuntimeException ex) {
			log.warn("未能删除未引用的文书文件 {}：{}", key, ex.getMessage());
			return false;
		}
	}

	@Override
	public void destroy() {
		if (!this.throwAway || !Files.exists(this.store.root())) {
			return;
		}
		try (Stream<Path> paths = Files.walk(this.store.root())) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			log.warn("临时文书目录 {} 未能删除：{}", this.store.root(), ex.getMessage());
		}
	}

}
