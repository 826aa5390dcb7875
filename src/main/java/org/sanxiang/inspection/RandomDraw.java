package org.sanxiang.inspection;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The 双随机 draw, published so that anyone can repeat it from the public inputs with any
 * SM3 implementation (version {@value #VERSION}):
 * <ol>
 * <li><b>Seed.</b> SM3 of the UTF-8 text
 * {@code sanxiang-draw-v1|<plan id>|<draw time, ISO-8601 UTC>|<tree size>|<root hash, lower-case hex>},
 * where the tree size and root are those of the first signed tree head of the journal
 * published at or after the draw time announced with the plan — a value nobody knows when
 * the plan is fixed.</li>
 * <li><b>Random numbers.</b> Block {@code i} (0, 1, 2, …) of a stream named {@code label}
 * is SM3(seed ‖ UTF-8 label ‖ i as 8 bytes big-endian); each block gives four unsigned
 * 64-bit big-endian numbers, used in order. A number below {@code m} is drawn by
 * rejection: numbers at or above the largest multiple of {@code m} that fits in 2^64 are
 * skipped, the next one is taken modulo {@code m} (so every value is equally
 * likely).</li>
 * <li><b>Targets.</b> The eligible targets sorted by their code (统一社会信用代码) are shuffled
 * by the stream {@code targets}: for position {@code p} = 0 … k−1, a number {@code r}
 * below {@code n − p} is drawn and positions {@code p} and {@code p + r} are swapped
 * (Fisher–Yates). The first {@code k} in that order are the sample, in draw order.</li>
 * <li><b>Inspectors.</b> For each drawn target in draw order, the inspectors of the pool
 * (sorted by officer id) who have a conflict with it (回避) are set aside and recorded; the
 * others are shuffled the same way by the stream {@code inspectors/<target code>} and the
 * first {@code perTarget} assigned.</li>
 * </ol>
 */
final class RandomDraw {

	static final String VERSION = "sanxiang-draw-v1";

	private RandomDraw() {
	}

	/**
	 * The seed of a plan's draw from its public inputs.
	 * @param planId the plan
	 * @param drawAt the draw time announced with the plan
	 * @param treeSize the size of the first signed tree head at or after {@code drawAt}
	 * @param root its root hash as published ({@code TreeHead.root()}, hex)
	 */
	static byte[] seed(UUID planId, Instant drawAt, long treeSize, String root) {
		// normalised as the published text says, so a head copied in capitals gives the
		// same seed
		String hex = HexFormat.of().formatHex(HexFormat.of().parseHex(root.strip()));
		String text = VERSION + "|" + planId + "|" + drawAt + "|" + treeSize + "|" + hex;
		return sm3(text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The first {@code k} of a Fisher–Yates shuffle of {@code 0 … n−1} by the stream
	 * {@code label}: a uniformly random ordered sample without repetition.
	 */
	static List<Integer> sample(byte[] seed, String label, int n, int k) {
		if (k < 0 || k > n) {
			throw new IllegalArgumentException("cannot draw " + k + " of " + n);
		}
		int[] order = new int[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		Stream stream = new Stream(seed, label);
		List<Integer> drawn = new ArrayList<>(k);
		for (int p = 0; p < k; p++) {
			int swap = p + (int) stream.below(n - p);
			int chosen = order[swap];
			order[swap] = order[p];
			order[p] = chosen;
			drawn.add(chosen);
		}
		return drawn;
	}

	/**
	 * Draws {@code k} targets and {@code perTarget} inspectors for each.
	 * @param targets the eligible targets' codes, sorted
	 * @param inspectors the pool's officer ids, sorted
	 * @param conflict the reason an inspector must not inspect a target (回避), if any
	 * @throws DrawRefused when the sample is larger than the population, fewer than two
	 * inspectors are asked per target, or a target has too few inspectors without
	 * conflict
	 */
	static Draw draw(byte[] seed, List<String> targets, int k, List<String> inspectors, int perTarget,
			BiFunction<String, String, Optional<String>> conflict) {
		if (k < 1) {
			throw new DrawRefused("抽取数量应至少为 1");
		}
		if (k > targets.size()) {
			throw new DrawRefused("抽取数量 " + k + " 超过符合条件的检查对象数 " + targets.size());
		}
		// 双随机: every inspection is carried out by at least two certified officers
		if (perTarget < 2) {
			throw new DrawRefused("每个检查对象至少需要 2 名执法人员");
		}
		Map<String, List<String>> assigned = new LinkedHashMap<>();
		List<Exclusion> exclusions = new ArrayList<>();
		for (int index : sample(seed, "targets", targets.size(), k)) {
			String target = targets.get(index);
			List<String> candidates = new ArrayList<>();
			for (String inspector : inspectors) {
				Optional<String> reason = conflict.apply(target, inspector);
				if (reason.isPresent()) {
					exclusions.add(new Exclusion(target, inspector, reason.get()));
				}
				else {
					candidates.add(inspector);
				}
			}
			if (candidates.size() < perTarget) {
				throw new DrawRefused(
						"检查对象 " + target + " 回避后可选执法人员只有 " + candidates.size() + " 名，少于每个对象所需的 " + perTarget + " 名");
			}
			List<String> team = new ArrayList<>(perTarget);
			for (int i : sample(seed, "inspectors/" + target, candidates.size(), perTarget)) {
				team.add(candidates.get(i));
			}
			assigned.put(target, List.copyOf(team));
		}
		return new Draw(assigned, List.copyOf(exclusions));
	}

	/**
	 * A draw's result.
	 *
	 * @param assignments the drawn targets in draw order, each with its inspectors
	 * @param exclusions every inspector set aside for a drawn target, and why
	 */
	record Draw(Map<String, List<String>> assignments, List<Exclusion> exclusions) {
	}

	/** An inspector set aside for a target (回避). */
	record Exclusion(String target, String inspector, String reason) {
	}

	/** A draw that cannot be made with these inputs; the message says why, in Chinese. */
	static final class DrawRefused extends RuntimeException {

		DrawRefused(String message) {
			super(message);
		}

	}

	/** The numbers of one named stream. */
	private static final class Stream {

		private final byte[] seed;

		private final byte[] label;

		private long block;

		private ByteBuffer numbers = ByteBuffer.allocate(0);

		Stream(byte[] seed, String label) {
			this.seed = seed.clone();
			this.label = label.getBytes(StandardCharsets.UTF_8);
		}

		/** Uniform in [0, m) by rejection, m ≥ 1. */
		long below(long m) {
			// r = 2^64 mod m; the largest multiple of m that fits is 2^64 − r, which is
			// −r
			// as an unsigned long: numbers at or above it are skipped (none when r = 0)
			long r = Long.remainderUnsigned(-m, m);
			while (true) {
				long x = next();
				if (r == 0 || Long.compareUnsigned(x, -r) < 0) {
					return Long.remainderUnsigned(x, m);
				}
			}
		}

		private long next() {
			if (!this.numbers.hasRemaining()) {
				byte[] input = ByteBuffer.allocate(this.seed.length + this.label.length + 8)
					.put(this.seed)
					.put(this.label)
					.putLong(this.block++)
					.array();
				this.numbers = ByteBuffer.wrap(sm3(input));
			}
			return this.numbers.getLong();
		}

	}

	private static byte[] sm3(byte[] input) {
		SM3Digest digest = new SM3Digest();
		digest.update(input, 0, input.length);
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return out;
	}

}
