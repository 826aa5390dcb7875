package org.sanxiang.journal.integrity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * The right edge of a growing log: one perfect subtree per 1-bit of the tree size. Each
 * {@link #append} adds a leaf and returns the perfect subtrees it completed (the leaf
 * itself and every parent that became whole), which the store keeps so that proofs need
 * only lookups; {@link #root} folds the edge into the tree head without touching storage.
 */
public final class TreeFrontier {

	private final HashAlgorithm algorithm;

	/** Subtrees of strictly decreasing level from bottom (left) to top (right). */
	private final Deque<Node> edge = new ArrayDeque<>();

	private long size;

	private TreeFrontier(HashAlgorithm algorithm) {
		this.algorithm = algorithm;
	}

	/** The frontier of an empty log. */
	public static TreeFrontier empty(HashAlgorithm algorithm) {
		return new TreeFrontier(algorithm);
	}

	/**
	 * The frontier of a log of {@code size} leaves, rebuilt from its stored perfect
	 * subtrees.
	 */
	public static TreeFrontier of(HashAlgorithm algorithm, long size, NodeSource nodes) {
		TreeFrontier frontier = new TreeFrontier(algorithm);
		long covered = 0;
		for (int level = 63; level >= 0; level--) {
			long width = 1L << level;
			if ((size & width) != 0) {
				frontier.edge.addLast(new Node(level, covered >> level, nodes.perfect(level, covered >> level)));
				covered += width;
			}
		}
		frontier.size = size;
		return frontier;
	}

	/** One subtree: its level, its index at that level and its hash. */
	public record Node(int level, long index, byte[] hash) {
	}

	/** Adds the leaf with hash {@code leafHash}; the perfect subtrees it completed. */
	public List<Node> append(byte[] leafHash) {
		List<Node> completed = new ArrayList<>(2);
		Node node = new Node(0, this.size, leafHash);
		completed.add(node);
		while (!this.edge.isEmpty() && this.edge.peekLast().level() == node.level()) {
			Node left = this.edge.removeLast();
			node = new Node(node.level() + 1, left.index() >> 1, this.algorithm.node(left.hash(), node.hash()));
			completed.add(node);
		}
		this.edge.addLast(node);
		this.size++;
		return completed;
	}

	public long size() {
		return this.size;
	}

	/** MTH of the leaves appended so far. */
	public byte[] root() {
		if (this.edge.isEmpty()) {
			return this.algorithm.emptyRoot();
		}
		Iterator<Node> fromRight = this.edge.descendingIterator();
		byte[] r = fromRight.next().hash();
		while (fromRight.hasNext()) {
			r = this.algorithm.node(fromRight.next().hash(), r);
		}
		return r;
	}

	/** A copy that can grow without changing this one. */
	public TreeFrontier copy() {
		TreeFrontier copy = new TreeFrontier(this.algorithm);
		copy.edge.addAll(this.edge);
		copy.size = this.size;
		return copy;
	}

}
