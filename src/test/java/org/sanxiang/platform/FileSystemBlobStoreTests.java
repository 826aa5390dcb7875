package org.sanxiang.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileSystemBlobStoreTests {

	/** GB/T 32905-2016 Appendix A example 1 and FIPS 180-2 for "abc". */
	static final String SM3_ABC = "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0";

	static final String SHA256_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

	@TempDir
	Path dir;

	@Test
	void storesContentUnderItsSha256WithTheSm3OfThePublishedVectors() throws IOException {
		FileSystemBlobStore store = new FileSystemBlobStore(this.dir);
		BlobStore.Blob blob = store.put(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)));
		assertThat(blob.key()).isEqualTo(SHA256_ABC);
		assertThat(blob.sha256()).isEqualTo(SHA256_ABC);
		assertThat(blob.sm3()).isEqualTo(SM3_ABC);
		assertThat(blob.size()).isEqualTo(3);
		assertThat(this.dir.resolve("ba/78/" + SHA256_ABC)).hasContent("abc");
		try (InputStream in = store.open(blob.key())) {
			assertThat(in.readAllBytes()).asString(StandardCharsets.US_ASCII).isEqualTo("abc");
		}
		assertThat(store.contains(SHA256_ABC)).isTrue();
	}

	@Test
	void identicalContentIsKeptOnceAndNoTemporaryFileRemains() throws IOException {
		FileSystemBlobStore store = new FileSystemBlobStore(this.dir);
		BlobStore.Blob first = store.put(new ByteArrayInputStream(new byte[100_000]));
		BlobStore.Blob second = store.put(new ByteArrayInputStream(new byte[100_000]));
		assertThat(second).isEqualTo(first);
		assertThat(files()).containsExactly(this.dir.resolve(first.key().substring(0, 2))
			.resolve(first.key().substring(2, 4))
			.resolve(first.key()));
	}

	@Test
	void aLargeStreamIsHashedAndWrittenInChunks() throws IOException {
		FileSystemBlobStore store = new FileSystemBlobStore(this.dir);
		long size = 5L * 1024 * 1024 + 7;
		BlobStore.Blob blob = store.put(new Generated(size, -1));
		assertThat(blob.size()).isEqualTo(size);
		assertThat(Files
			.size(this.dir.resolve(blob.key().substring(0, 2)).resolve(blob.key().substring(2, 4)).resolve(blob.key())))
			.isEqualTo(size);
	}

	@Test
	void aStreamThatFailsHalfwayLeavesNoFileBehind() {
		FileSystemBlobStore store = new FileSystemBlobStore(this.dir);
		assertThatThrownBy(() -> store.put(new Generated(1_000_000, 300_000))).isInstanceOf(IOException.class)
			.hasMessageContaining("connection reset");
		assertThat(files()).isEmpty();
	}

	@Test
	void anUnknownKeyIsNoSuchFileAndAKeyThatIsNotAHashIsRefusedBeforeTouchingThePath() {
		FileSystemBlobStore store = new FileSystemBlobStore(this.dir);
		assertThatThrownBy(() -> store.open("0".repeat(64))).isInstanceOf(NoSuchFileException.class);
		assertThatIllegalArgumentException().isThrownBy(() -> store.open("../../etc/passwd"));
		assertThat(store.contains("../x")).isFalse();
	}

	private List<Path> files() {
		try (Stream<Path> paths = Files.walk(this.dir)) {
			return paths.filter(Files::isRegularFile).toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * {@code size} pseudo-random bytes, failing like a dropped upload at {@code failAt}.
	 */
	@Test
	void readingFromAnOffsetSeeksInTheFile() throws IOException {
		FileSystemBlobStore store = new FileSystemBlobStore(this.dir);
		BlobStore.Blob blob = store.put(new ByteArrayInputStream("0123456789".getBytes(StandardCharsets.US_ASCII)));

		try (InputStream in = store.open(blob.key(), 7)) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("789");
		}
		assertThatThrownBy(() -> store.open("0".repeat(64), 3)).isInstanceOf(NoSuchFileException.class);
	}

	static final class Generated extends InputStream {

		private final long size;

		private final long failAt;

		private long position;

		Generated(long size, long failAt) {
			this.size = size;
			this.failAt = failAt;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			if (this.failAt >= 0 && this.position >= this.failAt) {
				throw new IOException("connection reset by peer");
			}
			if (this.position >= this.size) {
				return -1;
			}
			int n = (int) Math.min(len, this.size - this.position);
			for (int i = 0; i < n; i++) {
				b[off + i] = (byte) ((this.position + i) * 31 + 7);
			}
			this.position += n;
			return n;
		}

	}

	@Test
	void anAlreadyHashedFileIsAdoptedByRenameAndCanBeDeleted() throws IOException {
		FileSystemBlobStore store = new FileSystemBlobStore(this.dir);
		Path file = Files.createDirectories(this.dir.resolve("uploads")).resolve("x.part");
		Files.writeString(file, "abc");
		BlobStore.Blob blob = store.adopt(file, SHA256_ABC, SM3_ABC, 3);
		assertThat(file).doesNotExist();
		assertThat(store.contains(SHA256_ABC)).isTrue();
		assertThat(blob.sm3()).isEqualTo(SM3_ABC);
		Path again = this.dir.resolve("uploads").resolve("y.part");
		Files.writeString(again, "abc");
		assertThat(store.adopt(again, SHA256_ABC, SM3_ABC, 3)).isEqualTo(blob);
		assertThat(again).doesNotExist();
		store.delete(SHA256_ABC);
		assertThat(store.contains(SHA256_ABC)).isFalse();
	}

	@Test
	void temporaryFilesLeftByAKilledWriterAreRemoved() throws IOException {
		FileSystemBlobStore store = new FileSystemBlobStore(this.dir);
		Files.createDirectories(this.dir.resolve("tmp"));
		Files.write(this.dir.resolve("tmp").resolve("blob-1.part"), new byte[5]);
		assertThat(store.removeTemporaryFiles()).isEqualTo(1);
		assertThat(this.dir.resolve("tmp")).isEmptyDirectory();
	}

	@Test
	void listsTheKeysOfStoredFilesButNotTemporaryFilesOrUploads() throws IOException {
		FileSystemBlobStore store = new FileSystemBlobStore(this.dir);
		try (Stream<String> none = store.keys()) {
			assertThat(none).isEmpty();
		}
		String abc = store.put(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII))).key();
		String zeros = store.put(new ByteArrayInputStream(new byte[10])).key();
		Files.createDirectories(this.dir.resolve("tmp"));
		Files.write(this.dir.resolve("tmp").resolve("blob-1.part"), new byte[5]);
		Files.createDirectories(this.dir.resolve("uploads"));
		Files.write(this.dir.resolve("uploads").resolve(SHA256_ABC), new byte[5]);
		Files.write(this.dir.resolve("ba").resolve("78").resolve("not-a-key"), new byte[5]);
		try (Stream<String> keys = store.keys()) {
			assertThat(keys).containsExactlyInAnyOrder(abc, zeros);
		}
	}

}
