package org.sanxiang.documents;

import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;

/** SM3 (GB/T 32905-2016) of the bytes the case file is made of, as lower-case hex. */
final class Sm3Digests {

	private Sm3Digests() {
	}

	static String hex(byte[] bytes) {
		SM3Digest digest = new SM3Digest();
		digest.update(bytes, 0, bytes.length);
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}

}
