package org.sanxiang.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * {@link BlobStore} on a local directory: {@code <root>/ab/cd/<sha256>}. A file is
 * streamed into {@code <root>/tmp} (the same file system, so the final rename is atomic)
 * while SHA-256 and SM3 are computed, forced to disk, then renamed to its key; the
 * directory entry is forced too, so a key returned is a file that survives a crash. A
 * failed or abandoned write deletes its temporary file.
 */
public final class FileSystemBlobStore implements BlobStore {

	private static final int BUFFER = 64 * 1024;

	private final Path root;

	/** A store under {@code root}; directories are created on the first write. */
	public FileSystemBlobStore(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	/** The directory the store keeps its files in. */
	public Path root() {
		return this.root;
	}

	@Override
	public Blob put(InputStream content) throws IOException {
		Path tmpDir = Files.createDirectories(this.root.resolve("tmp"));
		Path tmp = Files.createTempFile(tmpDir, "blob-", ".part");
		try {
			MessageDigest sha256 = sha256();
			SM3Digest sm3 = new SM3Digest();
			long size = 0;
			byte[] buffer = new byte[BUFFER];
			try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
				for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
					sha256.update(buffer, 0, n);
					sm3.update(buffer, 0, n);
					ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
					while (chunk.hasRemaining()) {
						out.write(chunk);
					}
					size += n;
				}
				out.force(true);
			}
			byte[] sm3Hash = new byte[sm3.getDigestSize()];
			sm3.doFinal(sm3Hash, 0);
			HexFormat hex = HexFormat.of();
			String key = hex.formatHex(sha256.digest());
			Blob blob = new Blob(key, key, hex.formatHex(sm3Hash), size);
			Path target = path(blob.key());
			if (Files.exists(target)) {
				// identical content is already kept: the one copy serves both
				return blob;
			}
			Files.createDirectories(target.getParent());
			try {
				Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (FileAlreadyExistsException ex) {
				// another writer stored the same content in between
				return blob;
			}
			catch (AtomicMoveNotSupportedException ex) {
				throw new IOException("blob store directory does not support atomic rename: " + this.root, ex);
			}
			forceDirectory(target.getParent());
			return blob;
		}
		finally {
			Files.deleteIfExists(tmp);
		}
	}

	@Override
	public Blob adopt(Path file, String sha256, String sm3, long size) throws IOException {
		Blob blob = new Blob(sha256, sha256, sm3, size);
		Path target = path(blob.key());
		if (Files.exists(target)) {
			Files.deleteIfExists(file);
			return blob;
		}
		Files.createDirectories(target.getParent());
		try {
			Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException ex) {
			Files.deleteIfExists(file);
			return blob;
		}
		catch (AtomicMoveNotSupportedException ex) {
			throw new IOException("cannot rename " + file + " into the blob store " + this.root
					+ ": it must be on the same file system", ex);
		}
		forceDirectory(target.getParent());
		return blob;
	}

	@Override
	public void delete(String key) throws IOException {
		Path path = path(key);
		if (Files.deleteIfExists(path)) {
			forceDirectory(path.getParent());
		}
	}

	/**
	 * Deletes what writers left in {@code tmp} when the process died (after
	 * {@code kill -9}): at start-up no write is in progress, so every file there is an
	 * orphan. Returns how many were removed.
	 */
	public int removeTemporaryFiles() throws IOException {
		Path tmpDir = this.root.resolve("tmp");
		if (!Files.isDirectory(tmpDir)) {
			return 0;
		}
		int removed = 0;
		try (var files = Files.list(tmpDir)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				if (Files.isRegularFile(file) && Files.deleteIfExists(file)) {
					removed++;
				}
			}
		}
		return removed;
	}

	@Override
	public InputStream open(String key) throws IOException {
		Path path = path(key);
		if (!Files.isRegularFile(path)) {
			throw new NoSuchFileException(key);
		}
		return Files.newInputStream(path);
	}

	@Override
	public InputStream open(String key, long offset) throws IOException {
		Path path = path(key);
		if (!Files.isRegularFile(path)) {
			throw new NoSuchFileException(key);
		}
		FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
		channel.position(offset);
		return java.nio.channels.Channels.newInputStream(channel);
	}

	@Override
	public boolean contains(String key) {
		return Blob.isKey(key) && Files.isRegularFile(path(key));
	}

	@Override
	public Stream<String> keys() throws IOException {
		if (!Files.isDirectory(this.root)) {
			return Stream.empty();
		}
		// ab/cd/<key>: three levels; tmp/ and the uploads beside the store hold no keys
		return Files.walk(this.root, 3)
			.filter(p -> this.root.relativize(p).getNameCount() == 3)
			.map(p -> p.getFileName().toString())
			.filter(key -> Blob.isKey(key) && Files.isRegularFile(path(key)));
	}

	private Path path(String key) {
		if (!Blob.isKey(key)) {
			throw new IllegalArgumentException("not a blob key: " + key);
		}
		return this.root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
	}

	/**
	 * Makes the rename durable. Opening a directory for reading works on Linux and macOS;
	 * where the platform refuses, the file itself was already forced.
	 */
	private static void forceDirectory(Path dir) {
		try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException | UnsupportedOperationException ex) {
			// not supported on this platform (e.g. Windows)
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
