package org.sanxiang.evidence;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * SM3 (GB/T 32905-2016) whose running state can be written out and restored, so a
 * resumable upload keeps hashing where it stopped after a dropped connection or a
 * restart. BouncyCastle's {@code SM3Digest} does not expose its state (unlike its
 * {@code SHA256Digest}, an {@code EncodableDigest}); this class is checked against the
 * standard's examples and against BouncyCastle on random input.
 */
final class Sm3 {

	static final int DIGEST_LENGTH = 32;

	private static final int[] IV = { 0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600, 0xa96f30bc, 0x163138aa,
			0xe38dee4d, 0xb0fb0e4e };

	private static final int[] T = new int[64];

	static {
		for (int j = 0; j < 64; j++) {
			int t = (j < 16) ? 0x79cc4519 : 0x7a879d8a;
			T[j] = Integer.rotateLeft(t, j % 32);
		}
	}

	private static final int STATE_LENGTH = 8 * 4 + 8 + 1 + 64;

	private final int[] v = new int[8];

	private final byte[] block = new byte[64];

	private int blockLength;

	private long total;

	private final int[] w = new int[68];

	Sm3() {
		System.arraycopy(IV, 0, this.v, 0, 8);
	}

	/** Restores a state written by {@link #encodedState()}. */
	Sm3(byte[] state) {
		if (state.length != STATE_LENGTH) {
			throw new IllegalArgumentException("not an SM3 state");
		}
		ByteBuffer in = ByteBuffer.wrap(state);
		for (int i = 0; i < 8; i++) {
			this.v[i] = in.getInt();
		}
		this.total = in.getLong();
		this.blockLength = in.get() & 0xff;
		if (this.blockLength >= 64 || this.total < 0 || (this.total % 64) != this.blockLength) {
			throw new IllegalArgumentException("not an SM3 state");
		}
		in.get(this.block);
	}

	byte[] encodedState() {
		ByteBuffer out = ByteBuffer.allocate(STATE_LENGTH);
		for (int x : this.v) {
			out.putInt(x);
		}
		out.putLong(this.total);
		out.put((byte) this.blockLength);
		out.put(this.block);
		return out.array();
	}

	void update(byte[] data, int offset, int length) {
		this.total += length;
		int end = offset + length;
		if (this.blockLength > 0) {
			int n = Math.min(64 - this.blockLength, length);
			System.arraycopy(data, offset, this.block, this.blockLength, n);
			this.blockLength += n;
			offset += n;
			if (this.blockLength < 64) {
				return;
			}
			compress(this.block, 0);
			this.blockLength = 0;
		}
		for (; offset + 64 <= end; offset += 64) {
			compress(data, offset);
		}
		if (offset < end) {
			System.arraycopy(data, offset, this.block, 0, end - offset);
			this.blockLength = end - offset;
		}
	}

	/** The digest of everything given so far; the state is not changed. */
	byte[] digest() {
		Sm3 copy = new Sm3(encodedState());
		long bits = copy.total * 8;
		byte[] padding = new byte[(copy.blockLength < 56) ? 64 - copy.blockLength : 128 - copy.blockLength];
		padding[0] = (byte) 0x80;
		for (int i = 0; i < 8; i++) {
			padding[padding.length - 1 - i] = (byte) (bits >>> (8 * i));
		}
		copy.update(padding, 0, padding.length);
		ByteBuffer out = ByteBuffer.allocate(DIGEST_LENGTH);
		for (int x : copy.v) {
			out.putInt(x);
		}
		return out.array();
	}

	private void compress(byte[] in, int offset) {
		int[] w = this.w;
		for (int j = 0; j < 16; j++) {
			int p = offset + 4 * j;
			w[j] = (in[p] << 24) | ((in[p + 1] & 0xff) << 16) | ((in[p + 2] & 0xff) << 8) | (in[p + 3] & 0xff);
		}
		for (int j = 16; j < 68; j++) {
			int x = w[j - 16] ^ w[j - 9] ^ Integer.rotateLeft(w[j - 3], 15);
			w[j] = (x ^ Integer.rotateLeft(x, 15) ^ Integer.rotateLeft(x, 23)) ^ Integer.rotateLeft(w[j - 13], 7)
					^ w[j - 6];
		}
		int a = this.v[0], b = this.v[1], c = this.v[2], d = this.v[3];
		int e = this.v[4], f = this.v[5], g = this.v[6], h = this.v[7];
		for (int j = 0; j < 16; j++) {
			int a12 = Integer.rotateLeft(a, 12);
			int ss1 = Integer.rotateLeft(a12 + e + T[j], 7);
			int ss2 = ss1 ^ a12;
			int tt1 = (a ^ b ^ c) + d + ss2 + (w[j] ^ w[j + 4]);
			int tt2 = (e ^ f ^ g) + h + ss1 + w[j];
			d = c;
			c = Integer.rotateLeft(b, 9);
			b = a;
			a = tt1;
			h = g;
			g = Integer.rotateLeft(f, 19);
			f = e;
			e = tt2 ^ Integer.rotateLeft(tt2, 9) ^ Integer.rotateLeft(tt2, 17);
		}
		for (int j = 16; j < 64; j++) {
			int a12 = Integer.rotateLeft(a, 12);
			int ss1 = Integer.rotateLeft(a12 + e + T[j], 7);
			int ss2 = ss1 ^ a12;
			int tt1 = ((a & b) | (a & c) | (b & c)) + d + ss2 + (w[j] ^ w[j + 4]);
			int tt2 = ((e & f) | (~e & g)) + h + ss1 + w[j];
			d = c;
			c = Integer.rotateLeft(b, 9);
			b = a;
			a = tt1;
			h = g;
			g = Integer.rotateLeft(f, 19);
			f = e;
			e = tt2 ^ Integer.rotateLeft(tt2, 9) ^ Integer.rotateLeft(tt2, 17);
		}
		this.v[0] ^= a;
		this.v[1] ^= b;
		this.v[2] ^= c;
		this.v[3] ^= d;
		this.v[4] ^= e;
		this.v[5] ^= f;
		this.v[6] ^= g;
		this.v[7] ^= h;
	}

	@Override
	public String toString() {
		return "Sm3" + Arrays.toString(new long[] { this.total });
	}

}
