package org.sanxiang.journal;

import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.sanxiang.journal.integrity.HashAlgorithm;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stand-alone verifier against the RFC 6962 / Certificate Transparency reference tree
 * (SHA-256): the published proofs verify, altered ones do not.
 */
class VerifyProofTests {

	private static final String ROOT_5 = "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4";

	private static final String ROOT_6 = "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef";

	private static final String ROOT_8 = "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328";

	private static final String ROOT_2 = "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125";

	@Test
	void theReferenceInclusionProofOfLeafFiveInTheTreeOfEightVerifies() {
		String leaf = HexFormat.of().formatHex(HashAlgorithm.SHA_256.leaf(HexFormat.of().parseHex("40414243")));
		String proof = inclusion(5, 8, leaf, ROOT_8, "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
				"ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
				"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
		assertThat(VerifyProof.verify(proof).verified()).isTrue();
		assertThat(VerifyProof.verify(proof.replace("\"seq\":5", "\"seq\":4")).verified()).isFalse();
		assertThat(VerifyProof.verify(proof.replace(ROOT_8, ROOT_6)).verified()).isFalse();
	}

	@Test
	void theReferenceConsistencyProofsVerifyAndAWrongOldRootDoesNot() {
		String sixToEight = consistency(6, 8, ROOT_6, ROOT_8,
				"0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
				"ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
				"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
		assertThat(VerifyProof.verify(sixToEight).verified()).isTrue();
		assertThat(VerifyProof.verify(sixToEight.replace("\"fromRoot\":\"" + ROOT_6, "\"fromRoot\":\"" + ROOT_5))
			.verified()).isFalse();
		String twoToFive = consistency(2, 5, ROOT_2, ROOT_5,
				"5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
				"bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
		assertThat(VerifyProof.verify(twoToFive).verified()).isTrue();
	}

	@Test
	void aFileThatIsNoProofIsNotVerified() {
		VerifyProof.Report report = VerifyProof.verify("{\"hashAlgorithm\":\"SHA-256\"}");
		assertThat(report.verified()).isFalse();
		assertThat(report.lines().get(0)).contains("不认识的证明文件");
	}

	private static String inclusion(long seq, long size, String leafHash, String root, String... path) {
		return "{\"hashAlgorithm\":\"SHA-256\",\"seq\":" + seq + ",\"treeSize\":" + size + ",\"leafHash\":\"" + leafHash
				+ "\",\"root\":\"" + root + "\",\"path\":" + array(path) + "}";
	}

	private static String consistency(long from, long to, String fromRoot, String toRoot, String... path) {
		return "{\"hashAlgorithm\":\"SHA-256\",\"from\":" + from + ",\"to\":" + to + ",\"fromRoot\":\"" + fromRoot
				+ "\",\"toRoot\":\"" + toRoot + "\",\"path\":" + array(path) + "}";
	}

	private static String array(String... values) {
		return List.of(values).stream().map(v -> "\"" + v + "\"").toList().toString().replace(" ", "");
	}

}
