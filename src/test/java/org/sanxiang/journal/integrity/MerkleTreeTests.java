package org.sanxiang.journal.integrity;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Merkle arithmetic against the published RFC 6962 reference vectors (the tree of
 * eight leaves used by Certificate Transparency), and exhaustively against itself for
 * every small tree shape.
 */
class MerkleTreeTests {

	private static final HexFormat HEX = HexFormat.of();

	private static final List<byte[]> ENTRIES = hex("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
			"606162636465666768696a6b6c6d6e6f");

	private static final List<String> ROOTS = List.of(
			"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
			"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
			"fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
			"aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
			"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
			"4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
			"76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
			"ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
			"5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

	private final HashAlgorithm sha = HashAlgorithm.SHA_256;

	private final List<byte[]> leaves = ENTRIES.stream().map(this.sha::leaf).toList();

	private final MerkleTree tree = new MerkleTree(this.sha, NodeSource.ofLeaves(this.sha, this.leaves));

	@Test
	void treeHeadsMatchTheRfc6962ReferenceForEverySizeFromEmptyToEight() {
		for (int size = 0; size <= 8; size++) {
			assertThat(HEX.formatHex(this.tree.root(size))).as("size %d", size).isEqualTo(ROOTS.get(size));
		}
	}

	@Test
	void frontierAppendedLeafByLeafGivesTheSameHeadsAsTheRecursion() {
		TreeFrontier frontier = TreeFrontier.empty(this.sha);
		assertThat(HEX.formatHex(frontier.root())).isEqualTo(ROOTS.get(0));
		for (int i = 0; i < 8; i++) {
			frontier.append(this.leaves.get(i));
			assertThat(HEX.formatHex(frontier.root())).isEqualTo(ROOTS.get(i + 1));
		}
	}

	@Test
	void inclusionProofsMatchTheReferencePaths() {
		assertThat(hexes(this.tree.inclusionProof(0, 8))).containsExactly(
				"96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
				"5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
				"6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
		assertThat(hexes(this.tree.inclusionProof(5, 8))).containsExactly(
				"bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
				"ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
				"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
		assertThat(this.tree.inclusionProof(0, 1)).isEmpty();
	}

	@Test
	void consistencyProofsMatchTheReferenceProofs() {
		assertThat(this.tree.consistencyProof(1, 1)).isEmpty();
		assertThat(hexes(this.tree.consistencyProof(1, 8))).containsExactly(
				"96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
				"5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
				"6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
		assertThat(hexes(this.tree.consistencyProof(6, 8))).containsExactly(
				"0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
				"ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
				"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
		assertThat(hexes(this.tree.consistencyProof(2, 5))).containsExactly(
				"5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
				"bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
	}

	@Test
	void everyInclusionAndConsistencyProofVerifiesInEveryTreeUpToSeventyLeavesWithSm3() {
		HashAlgorithm sm3 = HashAlgorithm.SM3;
		List<byte[]> many = new ArrayList<>();
		for (int i = 0; i < 70; i++) {
			many.add(sm3.leaf(("第" + i + "条").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		MerkleTree big = new MerkleTree(sm3, NodeSource.ofLeaves(sm3, many));
		for (int size = 1; size <= many.size(); size++) {
			byte[] root = big.root(size);
			for (int index = 0; index < size; index++) {
				List<byte[]> proof = big.inclusionProof(index, size);
				assertThat(MerkleTree.verifyInclusion(sm3, index, size, many.get(index), proof, root))
					.as("leaf %d of %d", index, size)
					.isTrue();
				assertThat(
						MerkleTree.verifyInclusion(sm3, index, size, many.get((index + 1) % many.size()), proof, root))
					.isFalse();
			}
			for (int first = 0; first <= size; first++) {
				List<byte[]> proof = big.consistencyProof(first, size);
				assertThat(MerkleTree.verifyConsistency(sm3, first, size, big.root(first), root, proof))
					.as("%d→%d", first, size)
					.isTrue();
			}
		}
	}

	@Test
	void aTamperedLeafAHeadOfAnotherSizeOrAFlippedProofByteIsRejected() {
		byte[] root = this.tree.root(7);
		List<byte[]> proof = this.tree.inclusionProof(3, 7);
		assertThat(MerkleTree.verifyInclusion(this.sha, 3, 7, this.leaves.get(3), proof, root)).isTrue();
		assertThat(MerkleTree.verifyInclusion(this.sha, 2, 7, this.leaves.get(3), proof, root)).isFalse();
		assertThat(MerkleTree.verifyInclusion(this.sha, 7, 7, this.leaves.get(3), proof, root)).isFalse();
		List<byte[]> flipped = new ArrayList<>(proof);
		byte[] first = flipped.get(0).clone();
		first[5] ^= 1;
		flipped.set(0, first);
		assertThat(MerkleTree.verifyInclusion(this.sha, 3, 7, this.leaves.get(3), flipped, root)).isFalse();

		List<byte[]> consistency = this.tree.consistencyProof(3, 7);
		assertThat(MerkleTree.verifyConsistency(this.sha, 3, 7, this.tree.root(3), root, consistency)).isTrue();
		assertThat(MerkleTree.verifyConsistency(this.sha, 3, 7, this.tree.root(4), root, consistency)).isFalse();
		assertThat(MerkleTree.verifyConsistency(this.sha, 3, 7, this.tree.root(3), this.tree.root(8), consistency))
			.isFalse();
		assertThat(MerkleTree.verifyConsistency(this.sha, 3, 7, this.tree.root(3), root, List.of())).isFalse();
	}

	@Test
	void aFrontierRebuiltFromStoredSubtreesContinuesTheSameLog() {
		Random random = new Random(9162);
		List<byte[]> stored = new ArrayList<>();
		java.util.Map<String, byte[]> nodes = new java.util.HashMap<>();
		TreeFrontier live = TreeFrontier.empty(this.sha);
		for (int i = 0; i < 100; i++) {
			byte[] entry = new byte[20];
			random.nextBytes(entry);
			byte[] leaf = this.sha.leaf(entry);
			stored.add(leaf);
			for (TreeFrontier.Node node : live.append(leaf)) {
				nodes.put(node.level() + ":" + node.index(), node.hash());
			}
			TreeFrontier rebuilt = TreeFrontier.of(this.sha, live.size(),
					(level, index) -> nodes.get(level + ":" + index));
			assertThat(rebuilt.root()).isEqualTo(live.root());
			assertThat(new MerkleTree(this.sha, (level, index) -> nodes.get(level + ":" + index)).root(live.size()))
				.isEqualTo(new MerkleTree(this.sha, NodeSource.ofLeaves(this.sha, stored)).root(live.size()));
		}
	}

	@Test
	void sm3OfAbcIsTheGbT32905ExampleValue() {
		// GB/T 32905-2016 附录 A, 示例 1
		assertThat(HEX.formatHex(HashAlgorithm.SM3.hash("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII))))
			.isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
	}

	private static List<byte[]> hex(String... values) {
		return java.util.Arrays.stream(values).map(HEX::parseHex).toList();
	}

	private static List<String> hexes(List<byte[]> hashes) {
		return hashes.stream().map(HEX::formatHex).toList();
	}

}
