package org.sanxiang.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.sanxiang.platform.BlobStore;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a killed process ({@code kill -9}, a power cut) leaves behind is undone at
 * start-up, before the server takes its first request (DESIGN.md "Persistence"): uploads
 * are recovered ({@link ResumableUploads#recover()}), then every stored file that no
 * record names is removed — a file is renamed into the store before the row naming it
 * commits (an application material, an evidence item), so a process killed in between
 * leaves a file without a row. Each removal re-checks under the file's lock. Like the
 * clean-up of the blob store's temporary files, this assumes that no other node writes to
 * the same store while this one starts.
 */
@Component
class CrashRecovery implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(CrashRecovery.class);

	private static final int BATCH = 1000;

	private final ResumableUploads uploads;

	private final EvidenceItems items;

	private final BlobStore blobs;

	private final TransactionTemplate transactions;

	CrashRecovery(ResumableUploads uploads, EvidenceItems items, BlobStore blobs, TransactionTemplate transactions) {
		this.uploads = uploads;
		this.items = items;
		this.blobs = blobs;
		this.transactions = transactions;
	}

	@Override
	public void afterSingletonsInstantiated() {
		try {
			this.uploads.recover();
			int removed = removeUnreferencedFiles();
			if (removed > 0) {
				log.info("已删除 {} 个没有任何记录引用的存储文件（上次运行在保存文件与提交记录之间中断）", removed);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Removes the stored files no record names; returns how many. */
	int removeUnreferencedFiles() throws IOException {
		int removed = 0;
		try (Stream<String> keys = this.blobs.keys()) {
			Iterator<String> each = keys.iterator();
			List<String> batch = new ArrayList<>(BATCH);
			while (each.hasNext()) {
				batch.add(each.next());
				if (batch.size() == BATCH || !each.hasNext()) {
					for (String key : this.items.unreferenced(batch)) {
						if (Boolean.TRUE
							.equals(this.transactions.execute(s -> this.items.removeIfUnreferenced(key, this.blobs)))) {
							removed++;
						}
					}
					batch.clear();
				}
			}
		}
		return removed;
	}

}
