package org.sanxiang.supervision.inspection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * The random sample of a check, drawn reproducibly: the population is the closed cases
 * ordered by case number; the draw is a Fisher–Yates shuffle driven by
 * {@link java.util.Random} seeded with the recorded seed (its algorithm is fixed by the
 * Java SE specification, so the same seed over the same population gives the same sample
 * on any JVM), and the sample is the first {@code size} cases, in draw order. Pure.
 */
final class CaseSample {

	private CaseSample() {
	}

	/** The positions in {@code population} drawn with {@code seed}, in draw order. */
	static List<Integer> draw(int population, long seed, int size) {
		int[] order = new int[population];
		for (int i = 0; i < population; i++) {
			order[i] = i;
		}
		Random random = new Random(seed);
		int n = Math.min(size, population);
		List<Integer> drawn = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			int j = i + random.nextInt(population - i);
			int t = order[i];
			order[i] = order[j];
			order[j] = t;
			drawn.add(order[i]);
		}
		return drawn;
	}

	/**
	 * SHA-256 of the ordered case numbers, one per line (each followed by a line feed),
	 * in lower-case hex: names the population a sample was drawn from.
	 */
	static String digest(List<String> orderedNumbers) {
		StringBuilder text = new StringBuilder();
		for (String number : orderedNumbers) {
			text.append(number).append('\n');
		}
		try {
			return HexFormat.of()
				.formatHex(
						MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
