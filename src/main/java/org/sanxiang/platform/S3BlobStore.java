package org.sanxiang.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.bouncycastle.crypto.digests.SM3Digest;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@link BlobStore} on an S3-compatible object store (AWS S3, MinIO, 阿里云 OSS, 腾讯云 COS):
 * objects {@code <prefix>ab/cd/<sha256>} in one bucket, the layout of
 * {@link FileSystemBlobStore}, so a directory copied with {@code aws s3 sync} is a valid
 * store. Content is streamed to a local staging file while SHA-256 and SM3 are computed,
 * then uploaded under its key; an object store makes an object visible only once its
 * upload completed, so no reader sees a partial file. Large files go up in parts. The
 * staging file is always deleted.
 */
final class S3BlobStore implements BlobStore {

	/** Files up to this size go up in one request; larger ones in parts of this size. */
	static final long PART_SIZE = 16L * 1024 * 1024;

	private static final int BUFFER = 64 * 1024;

	private final S3Client client;

	private final String bucket;

	private final String prefix;

	private final Path staging;

	private final long partSize;

	S3BlobStore(S3Client client, String bucket, String prefix, Path staging) {
		this(client, bucket, prefix, staging, PART_SIZE);
	}

	S3BlobStore(S3Client client, String bucket, String prefix, Path staging, long partSize) {
		this.client = client;
		this.bucket = bucket;
		this.prefix = normalizedPrefix(prefix);
		this.staging = staging.toAbsolutePath().normalize();
		this.partSize = partSize;
	}

	String bucket() {
		return this.bucket;
	}

	Path staging() {
		return this.staging;
	}

	/** Reaches the bucket without writing: for the health indicator and start-up. */
	void checkBucket() {
		this.client.headBucket(b -> b.bucket(this.bucket));
	}

	@Override
	public Blob put(InputStream content) throws IOException {
		Path tmp = Files.createTempFile(Files.createDirectories(this.staging), "blob-", ".part");
		try {
			MessageDigest sha256 = sha256();
			SM3Digest sm3 = new SM3Digest();
			long size = 0;
			byte[] buffer = new byte[BUFFER];
			try (var out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
				for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
					sha256.update(buffer, 0, n);
					sm3.update(buffer, 0, n);
					out.write(buffer, 0, n);
					size += n;
				}
			}
			byte[] sm3Hash = new byte[sm3.getDigestSize()];
			sm3.doFinal(sm3Hash, 0);
			HexFormat hex = HexFormat.of();
			String key = hex.formatHex(sha256.digest());
			Blob blob = new Blob(key, key, hex.formatHex(sm3Hash), size);
			if (!contains(key)) {
				upload(tmp, blob);
			}
			return blob;
		}
		finally {
			Files.deleteIfExists(tmp);
		}
	}

	@Override
	public Blob adopt(Path file, String sha256, String sm3, long size) throws IOException {
		Blob blob = new Blob(sha256, sha256, sm3, size);
		objectKey(blob.key());
		if (!contains(blob.key())) {
			upload(file, blob);
		}
		Files.deleteIfExists(file);
		return blob;
	}

	@Override
	public void delete(String key) throws IOException {
		String object = objectKey(key);
		try {
			this.client.deleteObject(d -> d.bucket(this.bucket).key(object));
		}
		catch (SdkException ex) {
			throw new IOException("对象存储删除失败：" + key, ex);
		}
	}

	@Override
	public InputStream open(String key) throws IOException {
		return open(key, 0);
	}

	/** Asks the store for the bytes from {@code offset} on, so seeking reads no more. */
	@Override
	public InputStream open(String key, long offset) throws IOException {
		String object = objectKey(key);
		try {
			return this.client.getObject(g -> {
				g.bucket(this.bucket).key(object);
				if (offset > 0) {
					g.range("bytes=" + offset + "-");
				}
			});
		}
		catch (NoSuchKeyException ex) {
			throw new NoSuchFileException(key);
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				throw new NoSuchFileException(key);
			}
			if (ex.statusCode() == 416) {
				// a range starting at the end of the file: nothing more to read
				return InputStream.nullInputStream();
			}
			throw new IOException("对象存储读取失败：" + key, ex);
		}
		catch (SdkException ex) {
			throw new IOException("对象存储读取失败：" + key, ex);
		}
	}

	@Override
	public boolean contains(String key) {
		if (!Blob.isKey(key)) {
			return false;
		}
		try {
			this.client.headObject(h -> h.bucket(this.bucket).key(objectKey(key)));
			return true;
		}
		catch (NoSuchKeyException ex) {
			return false;
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return false;
			}
			throw ex;
		}
	}

	@Override
	public Stream<String> keys() throws IOException {
		// ListObjectsV2 pages of up to 1000 keys, fetched as the stream is consumed
		return this.client.listObjectsV2Paginator(l -> l.bucket(this.bucket).prefix(this.prefix))
			.contents()
			.stream()
			.map(S3Object::key)
			.map(this::keyOf)
			.filter(Blob::isKey);
	}

	/**
	 * Deletes staging files a killed process left behind; at start-up no write is in
	 * progress.
	 */
	int removeTemporaryFiles() throws IOException {
		if (!Files.isDirectory(this.staging)) {
			return 0;
		}
		int removed = 0;
		try (var files = Files.list(this.staging)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				if (Files.isRegularFile(file) && Files.deleteIfExists(file)) {
					removed++;
				}
			}
		}
		return removed;
	}

	private void upload(Path file, Blob blob) throws IOException {
		String object = objectKey(blob.key());
		Map<String, String> metadata = Map.of("sm3", blob.sm3());
		try {
			if (blob.size() <= this.partSize) {
				this.client.putObject(
						p -> p.bucket(this.bucket).key(object).contentLength(blob.size()).metadata(metadata),
						RequestBody.fromFile(file));
			}
			else {
				uploadInParts(file, object, blob.size(), metadata);
			}
		}
		catch (SdkException ex) {
			throw new IOException("对象存储写入失败：" + blob.key(), ex);
		}
	}

	/**
	 * A multipart upload: the object appears only when it is completed; on any failure
	 * the parts already sent are discarded.
	 */
	private void uploadInParts(Path file, String object, long size, Map<String, String> metadata) {
		String uploadId = this.client.createMultipartUpload(c -> c.bucket(this.bucket).key(object).metadata(metadata))
			.uploadId();
		try {
			List<CompletedPart> parts = new ArrayList<>();
			int number = 1;
			for (long offset = 0; offset < size; offset += this.partSize, number++) {
				long length = Math.min(this.partSize, size - offset);
				int partNumber = number;
				String etag = this.client.uploadPart(
						u -> u.bucket(this.bucket)
							.key(object)
							.uploadId(uploadId)
							.partNumber(partNumber)
							.contentLength(length),
						RequestBody.fromContentProvider(slice(file, offset, length), length,
								"application/octet-stream"))
					.eTag();
				parts.add(CompletedPart.builder().partNumber(partNumber).eTag(etag).build());
			}
			this.client.completeMultipartUpload(c -> c.bucket(this.bucket)
				.key(object)
				.uploadId(uploadId)
				.multipartUpload(CompletedMultipartUpload.builder().parts(parts).build()));
		}
		catch (RuntimeException ex) {
			try {
				this.client.abortMultipartUpload(a -> a.bucket(this.bucket).key(object).uploadId(uploadId));
			}
			catch (RuntimeException abort) {
				ex.addSuppressed(abort);
			}
			throw ex;
		}
	}

	/** A part of the file, opened afresh for each attempt so that a retry resends it. */
	private static ContentStreamProvider slice(Path file, long offset, long length) {
		return () -> {
			try {
				FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
				channel.position(offset);
				return new Slice(Channels.newInputStream(channel), length);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		};
	}

	private String objectKey(String key) {
		if (!Blob.isKey(key)) {
			throw new IllegalArgumentException("not a blob key: " + key);
		}
		return this.prefix + key.substring(0, 2) + "/" + key.substring(2, 4) + "/" + key;
	}

	private String keyOf(String object) {
		// <prefix>ab/cd/<key>; anything else under the prefix is not the store's
		String rest = object.substring(this.prefix.length());
		String[] parts = rest.split("/");
		if (parts.length != 3 || !Blob.isKey(parts[2]) || !parts[0].equals(parts[2].substring(0, 2))
				|| !parts[1].equals(parts[2].substring(2, 4))) {
			return "";
		}
		return parts[2];
	}

	private static String normalizedPrefix(String prefix) {
		if (prefix == null || prefix.isBlank()) {
			return "";
		}
		String p = prefix.strip();
		while (p.startsWith("/")) {
			p = p.substring(1);
		}
		return p.isEmpty() || p.endsWith("/") ? p : p + "/";
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** At most {@code remaining} bytes of a stream. */
	private static final class Slice extends java.io.FilterInputStream {

		private long remaining;

		Slice(InputStream in, long length) {
			super(in);
			this.remaining = length;
		}

		@Override
		public int read() throws IOException {
			if (this.remaining <= 0) {
				return -1;
			}
			int b = super.read();
			if (b >= 0) {
				this.remaining--;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			if (this.remaining <= 0) {
				return -1;
			}
			int n = super.read(b, off, (int) Math.min(len, this.remaining));
			if (n > 0) {
				this.remaining -= n;
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(Math.min(n, this.remaining));
			this.remaining -= skipped;
			return skipped;
		}

		@Override
		public int available() throws IOException {
			return (int) Math.min(super.available(), this.remaining);
		}

	}

}
