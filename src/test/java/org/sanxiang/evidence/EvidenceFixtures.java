package org.sanxiang.evidence;

import java.util.Random;

/** Files that Tika recognises by their first bytes. */
public final class EvidenceFixtures {

	private EvidenceFixtures() {
	}

	/** An MP4 video: an {@code ftyp} box of brand mp42, then random bytes. */
	public static byte[] mp4(int size, long seed) {
		byte[] data = new byte[size];
		new Random(seed).nextBytes(data);
		byte[] ftyp = { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 0, 0, 0, 0, 'm', 'p', '4', '2', 'i', 's',
				'o', 'm' };
		System.arraycopy(ftyp, 0, data, 0, ftyp.length);
		return data;
	}

	/** A PNG photo (signature and an IHDR chunk head). */
	static byte[] png(int size, long seed) {
		byte[] data = new byte[size];
		new Random(seed).nextBytes(data);
		byte[] head = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		System.arraycopy(head, 0, data, 0, head.length);
		return data;
	}

}
