package org.sanxiang.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Content-addressed file storage: a file is kept once under the SHA-256 of its bytes (its
 * key), with its SM3 digest (GB/T 32905) beside it for the records that cite it. Writing
 * streams the content — never the whole file in memory — and a file is visible under its
 * key only once it is complete and durable, so a database row naming a key can be
 * committed right after {@link #put} returns (DESIGN.md "Persistence"). Storing identical
 * content again returns the same key and keeps one copy.
 *
 * <p>
 * The file-system store is {@link FileSystemBlobStore}; an S3-compatible object store
 * ({@code sanxiang.blob-store.type=s3}) is the scale-out path. Which one serves is
 * configuration only.
 */
public interface BlobStore {

	/**
	 * Stores {@code content} (read to its end, not closed) and returns its key and
	 * digests. When reading fails nothing is kept.
	 */
	Blob put(InputStream content) throws IOException;

	/**
	 * Takes over a complete file whose digests the caller computed while writing it (a
	 * resumable upload), without reading it again: on the file system an atomic rename
	 * from a directory on the same file system. The caller has forced the file to disk.
	 * When identical content is already stored, the file is deleted and the stored copy
	 * serves.
	 */
	Blob adopt(Path file, String sha256, String sm3, long size) throws IOException;

	/**
	 * Removes the content stored under {@code key}, if any. The caller has made sure that
	 * no record names it any more.
	 */
	void delete(String key) throws IOException;

	/**
	 * The content stored under {@code key}; the caller closes it.
	 * @throws java.nio.file.NoSuchFileException when nothing is stored under the key
	 * @throws IllegalArgumentException when {@code key} is not a SHA-256 in lower-case
	 * hex
	 */
	InputStream open(String key) throws IOException;

	/**
	 * The content stored under {@code key} from byte {@code offset} on, for a player that
	 * seeks in a recording (HTTP Range). This default reads and discards the bytes before
	 * the offset; a store that can start anywhere (a file, an object store's ranged GET)
	 * overrides it.
	 * @throws java.nio.file.NoSuchFileException when nothing is stored under the key
	 */
	default InputStream open(String key, long offset) throws IOException {
		InputStream in = open(key);
		try {
			in.skipNBytes(offset);
		}
		catch (java.io.EOFException ex) {
			// past the end: nothing more to read
		}
		catch (IOException | RuntimeException ex) {
			in.close();
			throw ex;
		}
		return in;
	}

	/** Whether content is stored under {@code key}. */
	boolean contains(String key);

	/**
	 * Every key under which content is stored, for the recovery that removes files no
	 * record names (a process killed between storing a file and committing its row). The
	 * caller closes the stream.
	 */
	Stream<String> keys() throws IOException;

	/**
	 * A stored file.
	 *
	 * @param key where it is kept: the SHA-256 of its bytes, lower-case hex
	 * @param sha256 the SHA-256, lower-case hex (the key)
	 * @param sm3 the SM3 digest (GB/T 32905-2016), lower-case hex
	 * @param size its length in bytes
	 */
	record Blob(String key, String sha256, String sm3, long size) {

		private static final Pattern HEX_256 = Pattern.compile("[0-9a-f]{64}");

		public Blob {
			Objects.requireNonNull(key, "key");
			Objects.requireNonNull(sha256, "sha256");
			Objects.requireNonNull(sm3, "sm3");
			if (size < 0) {
				throw new IllegalArgumentException("size must not be negative");
			}
		}

		/** Whether {@code key} has the form of a key (guards paths built from it). */
		public static boolean isKey(String key) {
			return key != null && HEX_256.matcher(key).matches();
		}

	}

}
