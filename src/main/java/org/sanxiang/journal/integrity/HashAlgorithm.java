package org.sanxiang.journal.integrity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The hash of the log, chosen once at installation: SM3 (GB/T 32905-2016, the national
 * standard) by default, SHA-256 for installations that must match RFC 9162's reference
 * logs. Both give 32 bytes.
 */
public enum HashAlgorithm {

	SM3("SM3"), SHA_256("SHA-256");

	private static final byte LEAF_PREFIX = 0x00;

	private static final byte NODE_PREFIX = 0x01;

	private final String label;

	HashAlgorithm(String label) {
		this.label = label;
	}

	/** The name shown on the portal and in signed tree heads, e.g. {@code SM3}. */
	public String label() {
		return this.label;
	}

	/** The hash of the empty tree: H() of no bytes (RFC 9162 §2.1.1). */
	public byte[] emptyRoot() {
		return hash(new byte[0][]);
	}

	/** A leaf: H(0x00 ‖ entry). */
	public byte[] leaf(byte[] entry) {
		return hash(new byte[] { LEAF_PREFIX }, entry);
	}

	/** An interior node: H(0x01 ‖ left ‖ right). */
	public byte[] node(byte[] left, byte[] right) {
		return hash(new byte[] { NODE_PREFIX }, left, right);
	}

	/** The plain hash of {@code parts} in order. */
	public byte[] hash(byte[]... parts) {
		Hasher hasher = hasher();
		for (byte[] part : parts) {
			hasher.update(part, 0, part.length);
		}
		return hasher.digest();
	}

	/**
	 * A streaming hasher of this algorithm (not thread-safe: one per thread or stream).
	 */
	public Hasher hasher() {
		return switch (this) {
			case SM3 -> new BouncyCastleHasher(new SM3Digest());
			case SHA_256 -> new JdkHasher(sha256());
		};
	}

	/** By label ({@code SM3}, {@code SHA-256}) or enum name; case-insensitive. */
	public static HashAlgorithm of(String name) {
		for (HashAlgorithm algorithm : values()) {
			if (algorithm.label.equalsIgnoreCase(name) || algorithm.name().equalsIgnoreCase(name)) {
				return algorithm;
			}
		}
		throw new IllegalArgumentException("unknown hash algorithm " + name + "; use SM3 or SHA-256");
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	/** A hash being computed over bytes that arrive in pieces. */
	public interface Hasher {

		void update(byte[] bytes, int offset, int length);

		/** The hash of everything given so far; the hasher starts afresh. */
		byte[] digest();

	}

	private record BouncyCastleHasher(Digest sm3) implements Hasher {

		public void update(byte[] bytes, int offset, int length) {
			this.sm3.update(bytes, offset, length);
		}

		public byte[] digest() {
			byte[] out = new byte[this.sm3.getDigestSize()];
			this.sm3.doFinal(out, 0);
			return out;
		}

	}

	private record JdkHasher(MessageDigest sha) implements Hasher {

		public void update(byte[] bytes, int offset, int length) {
			this.sha.update(bytes, offset, length);
		}

		public byte[] digest() {
			return this.sha.digest();
		}

	}

}
