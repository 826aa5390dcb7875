package org.sanxiang.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link S3BlobStore} against an S3-compatible server running in this JVM. */
class S3BlobStoreTests {

	/** The smallest part S3 accepts; small enough to test several parts quickly. */
	private static final long PART = 5L * 1024 * 1024;

	static S3TestServer server;

	static S3Client client;

	@TempDir
	Path staging;

	String bucket;

	S3BlobStore store;

	@BeforeAll
	static void startServer() throws Exception {
		server = S3TestServer.start();
		client = server.client();
	}

	@AfterAll
	static void stopServer() throws Exception {
		client.close();
		server.close();
	}

	@BeforeEach
	void newBucket() {
		this.bucket = "blobs-" + System.nanoTime();
		client.createBucket(c -> c.bucket(this.bucket));
		this.store = new S3BlobStore(client, this.bucket, "sanxiang/", this.staging, PART);
	}

	@Test
	void storesContentUnderItsSha256WithItsSm3InTheFileStoreLayout() throws IOException {
		BlobStore.Blob blob = this.store.put(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)));

		assertThat(blob.key()).isEqualTo(FileSystemBlobStoreTests.SHA256_ABC);
		assertThat(blob.sm3()).isEqualTo(FileSystemBlobStoreTests.SM3_ABC);
		assertThat(blob.size()).isEqualTo(3);
		String object = "sanxiang/ba/78/" + FileSystemBlobStoreTests.SHA256_ABC;
		assertThat(client.headObject(h -> h.bucket(this.bucket).key(object)).metadata()).containsEntry("sm3",
				FileSystemBlobStoreTests.SM3_ABC);
		try (InputStream in = this.store.open(blob.key())) {
			assertThat(in.readAllBytes()).isEqualTo("abc".getBytes(StandardCharsets.US_ASCII));
		}
		assertThat(this.store.contains(blob.key())).isTrue();
		assertThat(this.staging).isEmptyDirectory();
	}

	@Test
	void identicalContentIsKeptOnce() throws IOException {
		BlobStore.Blob first = this.store.put(new ByteArrayInputStream(new byte[100_000]));
		BlobStore.Blob second = this.store.put(new ByteArrayInputStream(new byte[100_000]));

		assertThat(second).isEqualTo(first);
		try (Stream<String> keys = this.store.keys()) {
			assertThat(keys.toList()).containsExactly(first.key());
		}
	}

	@Test
	void aFileLargerThanAPartGoesUpInPartsAndReadsBackIdentical() throws Exception {
		long size = 2 * PART + 12_345;
		BlobStore.Blob blob = this.store.put(new FileSystemBlobStoreTests.Generated(size, -1));

		assertThat(blob.size()).isEqualTo(size);
		MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
		long read = 0;
		try (InputStream in = this.store.open(blob.key())) {
			byte[] buffer = new byte[64 * 1024];
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				sha256.update(buffer, 0, n);
				read += n;
			}
		}
		assertThat(read).isEqualTo(size);
		assertThat(HexFormat.of().formatHex(sha256.digest())).isEqualTo(blob.key());
		assertThat(client.listMultipartUploads(l -> l.bucket(this.bucket)).uploads()).isEmpty();
	}

	@Test
	void aFailedReadLeavesNoObjectAndNoStagingFile() {
		assertThatThrownBy(() -> this.store.put(new FileSystemBlobStoreTests.Generated(1_000_000, 300_000)))
			.isInstanceOf(IOException.class);

		assertThat(client.listObjectsV2(l -> l.bucket(this.bucket)).contents()).isEmpty();
		assertThat(this.staging).isEmptyDirectory();
	}

	@Test
	void readingFromAnOffsetAsksTheStoreForThatRangeOnly() throws IOException {
		BlobStore.Blob blob = this.store
			.put(new ByteArrayInputStream("0123456789".getBytes(StandardCharsets.US_ASCII)));

		try (InputStream in = this.store.open(blob.key(), 7)) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("789");
		}
	}

	@Test
	void aMissingKeyIsNoSuchFileAndAMalformedOneIsRefused() {
		String missing = "0".repeat(64);

		assertThat(this.store.contains(missing)).isFalse();
		assertThatThrownBy(() -> this.store.open(missing)).isInstanceOf(NoSuchFileException.class);
		assertThatThrownBy(() -> this.store.open(missing, 5)).isInstanceOf(NoSuchFileException.class);
		assertThatIllegalArgumentException().isThrownBy(() -> this.store.open("../etc/passwd"));
		assertThat(this.store.contains("../etc/passwd")).isFalse();
	}

	@Test
	void anAdoptedFileIsUploadedThenRemovedLocallyAndCanBeDeleted() throws IOException {
		Path file = Files.writeString(this.staging.resolve("upload.part"), "abc");

		BlobStore.Blob blob = this.store.adopt(file, FileSystemBlobStoreTests.SHA256_ABC,
				FileSystemBlobStoreTests.SM3_ABC, 3);

		assertThat(file).doesNotExist();
		assertThat(this.store.contains(blob.key())).isTrue();
		this.store.delete(blob.key());
		assertThat(this.store.contains(blob.key())).isFalse();
		this.store.delete(blob.key());
	}

	@Test
	void keysListsEveryStoredKeyAcrossPagesAndNothingElseInTheBucket() throws Exception {
		List<String> stored = new java.util.ArrayList<>();
		HexFormat hex = HexFormat.of();
		for (int i = 0; i < 1_005; i++) {
			// written directly, in the store's layout: one request each instead of two
			String key = hex.formatHex(MessageDigest.getInstance("SHA-256").digest(("file " + i).getBytes()));
			client.putObject(
					p -> p.bucket(this.bucket)
						.key("sanxiang/" + key.substring(0, 2) + "/" + key.substring(2, 4) + "/" + key),
					RequestBody.fromString("x"));
			stored.add(key);
		}
		client.putObject(p -> p.bucket(this.bucket).key("other/readme.txt"), RequestBody.fromString("not ours"));
		client.putObject(p -> p.bucket(this.bucket).key("sanxiang/tmp/x"), RequestBody.fromString("not ours"));

		try (Stream<String> keys = this.store.keys()) {
			assertThat(keys.toList()).containsExactlyInAnyOrderElementsOf(stored);
		}
	}

	@Test
	void theApplicationRefusesToStartWithoutItsBucketAndCreatesItOnlyWhenToldTo() throws IOException {
		S3BlobStoreConfiguration configuration = new S3BlobStoreConfiguration();
		String missing = "missing-" + System.nanoTime();
		org.springframework.mock.env.MockEnvironment env = new org.springframework.mock.env.MockEnvironment()
			.withProperty("sanxiang.blob-store.s3.bucket", missing)
			.withProperty("sanxiang.blob-store.dir", this.staging.toString());

		assertThatThrownBy(() -> configuration.s3BlobStore(env, client)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("对象存储桶 " + missing + " 不存在")
			.hasMessageContaining("sanxiang.blob-store.s3.create-bucket");

		env.setProperty("sanxiang.blob-store.s3.create-bucket", "true");
		S3BlobStore created = configuration.s3BlobStore(env, client);
		assertThat(created.bucket()).isEqualTo(missing);
		client.headBucket(h -> h.bucket(missing));
	}

	@Test
	void stagingFilesLeftByAKilledProcessAreRemovedAtStartUp() throws IOException {
		Path tmp = Files.createDirectories(this.staging.resolve("tmp"));
		Files.writeString(tmp.resolve("blob-1.part"), "half a file");
		org.springframework.mock.env.MockEnvironment env = new org.springframework.mock.env.MockEnvironment()
			.withProperty("sanxiang.blob-store.s3.bucket", this.bucket)
			.withProperty("sanxiang.blob-store.dir", this.staging.toString());

		new S3BlobStoreConfiguration().s3BlobStore(env, client);

		assertThat(tmp).isEmptyDirectory();
	}

}
