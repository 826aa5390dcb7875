package org.sanxiang.inspection;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A plan's draw with every public input, so that anyone can repeat it
 * ({@link RandomDraw}): the tree head the seed came from, the sorted population and pool,
 * and the result.
 *
 * @param population the eligible targets' credit codes, sorted
 * @param pool the pool's officer ids, sorted
 * @param assignments the drawn targets in draw order
 * @param exclusions the inspectors set aside for drawn targets (回避), and why
 */
record DrawResult(UUID planId, String algorithm, Instant drawAt, long treeSize, String treeRoot, Instant treeHeadAt,
		String treeKeyId, String treeSignature, String seed, List<String> population, List<String> pool, int sampleSize,
		Instant drawnAt, List<Assignment> assignments, List<Exclusion> exclusions) {

	DrawResult {
		population = List.copyOf(population);
		pool = List.copyOf(pool);
		assignments = List.copyOf(assignments);
		exclusions = List.copyOf(exclusions);
	}

	/**
	 * One drawn target with its inspectors.
	 *
	 * @param id the assignment: its inspection record and recordings hang on it
	 * @param position 1-based place in draw order
	 */
	record Assignment(UUID id, UUID planId, int position, String creditCode, String targetName,
			List<String> inspectorIds) {

		Assignment {
			inspectorIds = List.copyOf(inspectorIds);
		}

	}

	/** An inspector set aside for a drawn target (回避). */
	record Exclusion(String creditCode, String officerId, String reason) {
	}

}
