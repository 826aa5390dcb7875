package org.sanxiang.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * SM3 (GB/T 32905-2016) as lower-case hex: of documents, templates, case files and
 * uploads.
 */
final class Sm3Digests {

	private Sm3Digests() {
	}

	static String hex(byte[] bytes) {
		SM3Digest digest = new SM3Digest();
		digest.update(bytes, 0, bytes.length);
		return finish(digest);
	}

	/** Of a stream read to its end, 64 KiB at a time. */
	static String hex(InputStream in) throws IOException {
		SM3Digest digest = new SM3Digest();
		byte[] buffer = new byte[64 * 1024];
		for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
			digest.update(buffer, 0, n);
		}
		return finish(digest);
	}

	private static String finish(SM3Digest digest) {
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}

}
