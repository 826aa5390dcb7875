package org.sanxiang.journal;

import java.time.Instant;

/**
 * A signed tree head: the log of {@code size} entries has head {@code root}. The
 * signature covers {@link #signedText()} (UTF-8), so anyone with the public key can check
 * it with SM3withSM2 (user id {@code 1234567812345678}, GB/T 32918) or the key's
 * algorithm.
 *
 * @param root hex
 * @param signature base64
 */
public record TreeHead(long size, String root, String hashAlgorithm, Instant at, String keyId, String signature) {

	/** What is signed: four lines, the format name first. */
	public String signedText() {
		return signedText(this.size, this.root, this.hashAlgorithm, this.at);
	}

	static String signedText(long size, String root, String hashAlgorithm, Instant at) {
		return "sanxiang-tree-head/v1\n" + hashAlgorithm + "\n" + size + "\n" + root + "\n" + at;
	}

}
