package org.sanxiang.journal.integrity;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 9162 Merkle tree arithmetic over a {@link NodeSource}: the tree head of the first
 * {@code size} leaves (MTH, §2.1.1), inclusion proofs (PATH, §2.1.3.1) and consistency
 * proofs (PROOF, §2.1.4.1), and the verifiers of §2.1.3.2 and §2.1.4.2, which need
 * nothing but the proof, the hashes and the sizes — what an outsider holds.
 *
 * <p>
 * Every range the recursion visits is either a perfect subtree aligned on its size or the
 * right edge of the tree, so a proof costs O(log n) subtree lookups.
 */
public final class MerkleTree {

	private final HashAlgorithm algorithm;

	private final NodeSource nodes;

	public MerkleTree(HashAlgorithm algorithm, NodeSource nodes) {
		this.algorithm = algorithm;
		this.nodes = nodes;
	}

	/** MTH(D[0:size]); the hash of no bytes when the tree is empty. */
	public byte[] root(long size) {
		requireSize(size);
		return size == 0 ? this.algorithm.emptyRoot() : subtree(0, size);
	}

	/** PATH(index, D[0:size]): the audit path of one leaf, nearest sibling first. */
	public List<byte[]> inclusionProof(long index, long size) {
		requireSize(size);
		if (index < 0 || index >= size) {
			throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size);
		}
		List<byte[]> path = new ArrayList<>();
		path(index, 0, size, path);
		return path;
	}

	/**
	 * PROOF(first, D[0:second]): the nodes that show the tree of {@code second} leaves
	 * extends the tree of {@code first}; empty when the sizes are equal or {@code first}
	 * is 0.
	 */
	public List<byte[]> consistencyProof(long first, long second) {
		requireSize(second);
		if (first < 0 || first > second) {
			throw new IllegalArgumentException("a tree of " + second + " cannot extend one of " + first);
		}
		List<byte[]> proof = new ArrayList<>();
		if (first > 0 && first < second) {
			subproof(first, 0, second, true, proof);
		}
		return proof;
	}

	// --- verification (needs no tree: static) ---

	/**
	 * Whether {@code proof} shows that {@code leafHash} is leaf {@code index} of the tree
	 * of {@code size} leaves with head {@code root} (RFC 9162 §2.1.3.2).
	 */
	public static boolean verifyInclusion(HashAlgorithm algorithm, long index, long size, byte[] leafHash,
			List<byte[]> proof, byte[] root) {
		byte[] computed = rootFromInclusion(algorithm, index, size, leafHash, proof);
		return computed != null && MessageDigest.isEqual(computed, root);
	}

	/**
	 * The tree head that {@code proof} leads to from {@code leafHash}, or {@code null}
	 * when the proof does not fit the index and size: shown beside the expected head when
	 * verification fails.
	 */
	public static byte[] rootFromInclusion(HashAlgorithm algorithm, long index, long size, byte[] leafHash,
			List<byte[]> proof) {
		if (index < 0 || index >= size) {
			return null;
		}
		long fn = index;
		long sn = size - 1;
		byte[] r = leafHash;
		for (byte[] p : proof) {
			if (sn == 0) {
				return null;
			}
			if ((fn & 1) == 1 || fn == sn) {
				r = algorithm.node(p, r);
				while ((fn & 1) == 0 && fn != 0) {
					fn >>= 1;
					sn >>= 1;
				}
			}
			else {
				r = algorithm.node(r, p);
			}
			fn >>= 1;
			sn >>= 1;
		}
		return sn == 0 ? r : null;
	}

	/**
	 * Whether {@code proof} shows that the tree of {@code second} leaves with head
	 * {@code secondRoot} extends the tree of {@code first} leaves with head
	 * {@code firstRoot} (RFC 9162 §2.1.4.2). Equal sizes need equal heads and an empty
	 * proof; every tree extends the empty one.
	 */
	public static boolean verifyConsistency(HashAlgorithm algorithm, long first, long second, byte[] firstRoot,
			byte[] secondRoot, List<byte[]> proof) {
		if (first < 0 || second < first) {
			return false;
		}
		if (first == second) {
			return proof.isEmpty() && MessageDigest.isEqual(firstRoot, secondRoot);
		}
		if (first == 0) {
			return proof.isEmpty();
		}
		if (proof.isEmpty()) {
			return false;
		}
		List<byte[]> path = new ArrayList<>(proof);
		if (Long.bitCount(first) == 1) {
			path.add(0, firstRoot);
		}
		long fn = first - 1;
		long sn = second - 1;
		while ((fn & 1) == 1) {
			fn >>= 1;
			sn >>= 1;
		}
		byte[] fr = path.get(0);
		byte[] sr = path.get(0);
		for (byte[] c : path.subList(1, path.size())) {
			if (sn == 0) {
				return false;
			}
			if ((fn & 1) == 1 || fn == sn) {
				fr = algorithm.node(c, fr);
				sr = algorithm.node(c, sr);
				while ((fn & 1) == 0 && fn != 0) {
					fn >>= 1;
					sn >>= 1;
				}
			}
			else {
				sr = algorithm.node(sr, c);
			}
			fn >>= 1;
			sn >>= 1;
		}
		return sn == 0 && MessageDigest.isEqual(fr, firstRoot) && MessageDigest.isEqual(sr, secondRoot);
	}

	// --- internals ---

	/** MTH(D[from:to]) for a range the recursion visits. */
	private byte[] subtree(long from, long to) {
		long n = to - from;
		if (Long.bitCount(n) == 1 && from % n == 0) {
			return this.nodes.perfect(Long.numberOfTrailingZeros(n), from / n);
		}
		long k = split(n);
		return this.algorithm.node(subtree(from, from + k), subtree(from + k, to));
	}

	private void path(long m, long from, long to, List<byte[]> out) {
		long n = to - from;
		if (n == 1) {
			return;
		}
		long k = split(n);
		if (m < from + k) {
			path(m, from, from + k, out);
			out.add(subtree(from + k, to));
		}
		else {
			path(m, from + k, to, out);
			out.add(subtree(from, from + k));
		}
	}

	/** SUBPROOF(m, D[from:to], complete) with m counted from {@code from}. */
	private void subproof(long m, long from, long to, boolean complete, List<byte[]> out) {
		long n = to - from;
		if (m == n) {
			if (!complete) {
				out.add(subtree(from, to));
			}
			return;
		}
		long k = split(n);
		if (m <= k) {
			subproof(m, from, from + k, complete, out);
			out.add(subtree(from + k, to));
		}
		else {
			subproof(m - k, from + k, to, false, out);
			out.add(subtree(from, from + k));
		}
	}

	/** The largest power of two smaller than {@code n} (n ≥ 2). */
	private static long split(long n) {
		return Long.highestOneBit(n - 1);
	}

	private static void requireSize(long size) {
		if (size < 0) {
			throw new IllegalArgumentException("tree size " + size + " is negative");
		}
	}

}
