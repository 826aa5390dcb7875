package org.sanxiang.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The platform's {@link BlobStore}, chosen by {@code sanxiang.blob-store.type}:
 * {@code filesystem} (the default) keeps files under {@code sanxiang.blob-store.dir}
 * (default {@code ./data/blobs}, beside the embedded database's {@code ./data/pg}); like
 * the embedded database, an empty setting (the tests) gives a throw-away directory that
 * is deleted when the application stops. {@code s3} keeps them in an S3-compatible bucket
 * ({@link S3BlobStoreConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class BlobStoreConfiguration {

	private static final Logger log = LoggerFactory.getLogger(BlobStoreConfiguration.class);

	@Bean
	@ConditionalOnProperty(name = "sanxiang.blob-store.type", havingValue = "filesystem", matchIfMissing = true)
	FileSystemBlobStore blobStore(Environment env) throws IOException {
		String configured = env.getProperty("sanxiang.blob-store.dir", "./data/blobs");
		if (StringUtils.hasText(configured)) {
			FileSystemBlobStore store = new FileSystemBlobStore(Path.of(configured));
			int removed = store.removeTemporaryFiles();
			if (removed > 0) {
				log.info("已清理 {} 个未完成写入的临时文件（上次运行中断）", removed);
			}
			return store;
		}
		return new FileSystemBlobStore(Files.createTempDirectory("sanxiang-blobs-"));
	}

	@Bean
	@ConditionalOnProperty(name = "sanxiang.blob-store.type", havingValue = "filesystem", matchIfMissing = true)
	DisposableBean throwAwayBlobDirectory(Environment env, FileSystemBlobStore store) {
		boolean throwAway = !StringUtils.hasText(env.getProperty("sanxiang.blob-store.dir", "./data/blobs"));
		return () -> {
			if (throwAway) {
				deleteTree(store.root());
			}
		};
	}

	static void deleteTree(Path root) {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			log.warn("临时文件目录 {} 未能删除：{}", root, ex.getMessage());
		}
	}

}
