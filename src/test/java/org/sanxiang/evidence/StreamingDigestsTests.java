package org.sanxiang.evidence;

import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Random;
import java.util.Set;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StreamingDigestsTests {

	private static final HexFormat HEX = HexFormat.of();

	@Test
	void hashesLikeTheJdkAndBouncyCastleWhateverThePiecesAndRecyclesItsFewBuffers() throws Exception {
		Random random = new Random(11);
		byte[] data = new byte[9 * StreamingDigests.BUFFER + 12_345];
		random.nextBytes(data);
		StreamingDigests digests = new StreamingDigests();
		Set<byte[]> handedOut = Collections.newSetFromMap(new IdentityHashMap<>());
		for (int i = 0; i < 20; i++) {
			feed(digests, data, 0, data.length, random, handedOut);
		}
		StreamingDigests.States states = digests.awaitStates();

		MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
		SM3Digest sm3 = new SM3Digest();
		for (int i = 0; i < 20; i++) {
			sha256.update(data);
			sm3.update(data, 0, data.length);
		}
		byte[] expectedSm3 = new byte[32];
		sm3.doFinal(expectedSm3, 0);
		assertThat(StreamingDigests.sha256(states)).isEqualTo(HEX.formatHex(sha256.digest()));
		assertThat(StreamingDigests.sm3(states)).isEqualTo(HEX.formatHex(expectedSm3));
		assertThat(handedOut).hasSizeLessThanOrEqualTo(StreamingDigests.BUFFERS);
	}

	@Test
	void statesTakenWhileHashingGoesOnResumeToTheSameDigests() throws Exception {
		Random random = new Random(5);
		byte[] data = new byte[3 * StreamingDigests.BUFFER + 777];
		random.nextBytes(data);
		int cut = StreamingDigests.BUFFER + 4_099;
		Set<byte[]> handedOut = Collections.newSetFromMap(new IdentityHashMap<>());

		StreamingDigests whole = new StreamingDigests();
		feed(whole, data, 0, cut, random, handedOut);
		var atCut = whole.states();
		feed(whole, data, cut, data.length, random, handedOut);
		StreamingDigests.States end = whole.awaitStates();

		StreamingDigests.States saved = atCut.get();
		StreamingDigests resumed = new StreamingDigests(saved.sha256(), saved.sm3());
		feed(resumed, data, cut, data.length, random, handedOut);
		StreamingDigests.States resumedEnd = resumed.awaitStates();

		assertThat(StreamingDigests.sha256(resumedEnd)).isEqualTo(StreamingDigests.sha256(end));
		assertThat(StreamingDigests.sm3(resumedEnd)).isEqualTo(StreamingDigests.sm3(end));
		StreamingDigests.States none = StreamingDigests.initialStates();
		assertThat(StreamingDigests.sha256(none))
			.isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
		assertThat(StreamingDigests.sm3(none))
			.isEqualTo("1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b");
	}

	/** Hands over {@code data[from, to)} in buffers filled to random lengths. */
	private static void feed(StreamingDigests digests, byte[] data, int from, int to, Random random,
			Set<byte[]> handedOut) throws Exception {
		for (int i = from; i < to;) {
			byte[] buffer = digests.buffer();
			handedOut.add(buffer);
			int n = Math.min(to - i, 1 + random.nextInt(buffer.length));
			System.arraycopy(data, i, buffer, 0, n);
			digests.update(buffer, n);
			i += n;
		}
	}

}
