package org.sanxiang.supervision.inspection;

import java.util.HashSet;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaseSampleTests {

	@Test
	void drawsTheSameSampleFromTheSameSeedAndPopulation() {
		assertThat(CaseSample.draw(40, 20261202L, 5)).isEqualTo(CaseSample.draw(40, 20261202L, 5));
		assertThat(CaseSample.draw(40, 20261202L, 5)).isNotEqualTo(CaseSample.draw(40, 20261203L, 5));
	}

	/**
	 * Pinned values: the draw is java.util.Random's specified generator, so these never
	 * change from one JVM to another; a change here breaks every recorded sample.
	 */
	@Test
	void drawsPinnedPositionsForAKnownSeed() {
		Random random = new Random(42L);
		int first = random.nextInt(10);
		assertThat(CaseSample.draw(10, 42L, 1)).containsExactly(first);
		assertThat(CaseSample.draw(10, 42L, 3)).startsWith(first).doesNotHaveDuplicates();
	}

	@Test
	void drawsDistinctCasesAndNeverMoreThanThePopulation() {
		List<Integer> all = CaseSample.draw(4, 7L, 10);
		assertThat(all).hasSize(4);
		assertThat(new HashSet<>(all)).containsExactlyInAnyOrder(0, 1, 2, 3);
		assertThat(CaseSample.draw(100, 7L, 20)).doesNotHaveDuplicates().allMatch(i -> i >= 0 && i < 100);
	}

	@Test
	void namesThePopulationByTheDigestOfItsOrderedNumbers() {
		// printf 'A\nB\n' | sha256sum
		assertThat(CaseSample.digest(List.of("A", "B")))
			.isEqualTo("daee1cd25194ae952d046ad9b9c81d3c07dc5332440b58d6d7461b248be56712");
		assertThat(CaseSample.digest(List.of("A", "B"))).isNotEqualTo(CaseSample.digest(List.of("B", "A")));
	}

}
