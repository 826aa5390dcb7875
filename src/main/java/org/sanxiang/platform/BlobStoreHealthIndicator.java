package org.sanxiang.platform;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health of the blob store ({@code /actuator/health/blobstore}): a file can be created,
 * forced and removed in the store's working directory, so that application materials and
 * evidence can be stored; for an S3-compatible store, its bucket answers (HeadBucket). A
 * store that is not on the file system is asked whether it holds a key, which reaches it
 * without writing. The details (directory, free space) are shown to 管理员 only.
 */
@Component("blobStoreHealthIndicator")
class BlobStoreHealthIndicator implements HealthIndicator {

	private static final String NO_KEY = "0".repeat(64);

	private final BlobStore store;

	BlobStoreHealthIndicator(BlobStore store) {
		this.store = store;
	}

	@Override
	public Health health() {
		if (this.store instanceof S3BlobStore s3) {
			try {
				s3.checkBucket();
				return Health.up().withDetail("bucket", s3.bucket()).build();
			}
			catch (RuntimeException ex) {
				return Health.down()
					.withDetail("bucket", s3.bucket())
					.withDetail("error", "对象存储不可达：" + ex.getClass().getSimpleName())
					.build();
			}
		}
		if (!(this.store instanceof FileSystemBlobStore files)) {
			try {
				this.store.contains(NO_KEY);
				return Health.up().withDetail("store", this.store.getClass().getSimpleName()).build();
			}
			catch (RuntimeException ex) {
				return Health.down().withDetail("error", ex.getClass().getSimpleName()).build();
			}
		}
		Path root = files.root();
		try {
			Path tmp = Files.createDirectories(root.resolve("tmp"));
			Path probe = Files.createTempFile(tmp, "health-", ".part");
			try {
				Files.write(probe, new byte[] { 1 });
			}
			finally {
				Files.deleteIfExists(probe);
			}
			FileStore disk = Files.getFileStore(root);
			return Health.up()
				.withDetail("directory", root.toString())
				.withDetail("usableBytes", disk.getUsableSpace())
				.build();
		}
		catch (IOException | RuntimeException ex) {
			return Health.down()
				.withDetail("directory", root.toString())
				.withDetail("error", "目录不可写：" + ex.getClass().getSimpleName())
				.build();
		}
	}

}
