package org.sanxiang.evidence;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class Sm3Tests {

	private static final HexFormat HEX = HexFormat.of();

	@Test
	void matchesTheTwoExamplesOfGbT32905() {
		Sm3 abc = new Sm3();
		abc.update("abc".getBytes(StandardCharsets.US_ASCII), 0, 3);
		assertThat(HEX.formatHex(abc.digest()))
			.isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
		byte[] sixtyFour = "abcd".repeat(16).getBytes(StandardCharsets.US_ASCII);
		Sm3 block = new Sm3();
		block.update(sixtyFour, 0, sixtyFour.length);
		assertThat(HEX.formatHex(block.digest()))
			.isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
	}

	@Test
	void agreesWithBouncyCastleOnRandomInputFedInOddPieces() {
		Random random = new Random(42);
		for (int round = 0; round < 50; round++) {
			byte[] data = new byte[random.nextInt(5000)];
			random.nextBytes(data);
			Sm3 ours = new Sm3();
			for (int i = 0; i < data.length;) {
				int n = Math.min(data.length - i, random.nextInt(130));
				ours.update(data, i, n);
				i += n;
			}
			SM3Digest theirs = new SM3Digest();
			theirs.update(data, 0, data.length);
			byte[] expected = new byte[32];
			theirs.doFinal(expected, 0);
			assertThat(ours.digest()).isEqualTo(expected);
		}
	}

	@Test
	void aSavedStateResumesWhereItStopped() {
		byte[] data = new byte[10_007];
		new Random(7).nextBytes(data);
		Sm3 whole = new Sm3();
		whole.update(data, 0, data.length);
		Sm3 first = new Sm3();
		first.update(data, 0, 4_099);
		Sm3 resumed = new Sm3(first.encodedState());
		resumed.update(data, 4_099, data.length - 4_099);
		assertThat(resumed.digest()).isEqualTo(whole.digest());
	}

	@Test
	void refusesAStateThatIsNotOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Sm3(new byte[12]));
	}

}
