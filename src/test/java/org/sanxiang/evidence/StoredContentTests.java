package org.sanxiang.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.sanxiang.platform.BlobStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Playback reads a stored file from the start of the requested range: Spring skips to a
 * range's first byte, and that skip becomes the offset the store is opened at (a ranged
 * GET on an object store) instead of bytes read and thrown away.
 */
class StoredContentTests {

	static final String KEY = "a".repeat(64);

	@Test
	void aSkipBeforeTheFirstReadOpensTheStoreAtThatOffset() throws IOException {
		RecordingStore store = new RecordingStore("0123456789");

		try (InputStream in = new EvidenceVault.Ranged(store, KEY)) {
			assertThat(in.skip(6)).isEqualTo(6);
			assertThat(new String(in.readNBytes(3), StandardCharsets.US_ASCII)).isEqualTo("678");
		}

		assertThat(store.offsets).containsExactly(6L);
	}

	@Test
	void aReadFromTheStartOpensAtZeroAndLaterSkipsReadOn() throws IOException {
		RecordingStore store = new RecordingStore("0123456789");

		try (InputStream in = new EvidenceVault.Ranged(store, KEY)) {
			assertThat(in.read()).isEqualTo('0');
			in.skip(4);
			assertThat(in.read()).isEqualTo('5');
		}

		assertThat(store.offsets).containsExactly(0L);
	}

	/** Remembers the offsets it is opened at. */
	static final class RecordingStore implements BlobStore {

		final List<Long> offsets = new ArrayList<>();

		private final byte[] content;

		RecordingStore(String content) {
			this.content = content.getBytes(StandardCharsets.US_ASCII);
		}

		@Override
		public InputStream open(String key, long offset) {
			this.offsets.add(offset);
			return new ByteArrayInputStream(this.content, (int) offset, this.content.length - (int) offset);
		}

		@Override
		public InputStream open(String key) {
			return open(key, 0);
		}

		@Override
		public Blob put(InputStream content) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Blob adopt(Path file, String sha256, String sm3, long size) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void delete(String key) {
			throw new UnsupportedOperationException();
		}

		@Override
		public boolean contains(String key) {
			return true;
		}

		@Override
		public Stream<String> keys() {
			return Stream.empty();
		}

	}

}
