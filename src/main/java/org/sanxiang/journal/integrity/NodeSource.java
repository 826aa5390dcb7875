package org.sanxiang.journal.integrity;

/**
 * Where the hashes of perfect subtrees come from: a list in memory, a table, a cache. The
 * subtree at {@code level} and {@code index} covers leaves {@code [index·2^level,
 * (index+1)·2^level)}; level 0 are the leaf hashes themselves. {@link MerkleTree} only
 * asks for subtrees that lie wholly inside the tree it is working on.
 */
@FunctionalInterface
public interface NodeSource {

	byte[] perfect(int level, long index);

	/**
	 * Perfect subtrees computed on demand from leaf hashes held in memory (for tests,
	 * verification runs and small logs).
	 */
	static NodeSource ofLeaves(HashAlgorithm algorithm, java.util.List<byte[]> leaves) {
		return new NodeSource() {
			@Override
			public byte[] perfect(int level, long index) {
				if (level == 0) {
					return leaves.get(Math.toIntExact(index));
				}
				return algorithm.node(perfect(level - 1, 2 * index), perfect(level - 1, 2 * index + 1));
			}
		};
	}

}
