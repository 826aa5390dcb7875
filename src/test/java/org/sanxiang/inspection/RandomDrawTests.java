package org.sanxiang.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;

/**
 * The draw can be repeated by anyone from its public inputs: an independent
 * implementation of the published description (the JCA SM3 and big-integer arithmetic)
 * gives the same targets and inspectors; over many seeds every target and inspector is
 * drawn about equally often; conflicts of interest are set aside and recorded.
 */
class RandomDrawTests {

	static final UUID PLAN = UUID.fromString("3f1c2a60-5b7e-4d2a-9c1e-0a4b5c6d7e8f");

	static final Instant DRAW_AT = Instant.parse("2026-09-01T02:00:00Z");

	static final String ROOT = "9a0b1c2d3e4f5061728394a5b6c7d8e9fa0b1c2d3e4f5061728394a5b6c7d8e9";

	static final List<String> TARGETS = IntStream.rangeClosed(1, 37)
		.mapToObj(i -> String.format("91431128MA4L%06dX", i))
		.toList();

	static final List<String> INSPECTORS = List.of("O-001", "O-002", "O-003", "O-004", "O-005", "O-006", "O-007");

	@Test
	void anIndependentImplementationOfThePublishedAlgorithmDrawsTheSame() throws Exception {
		byte[] seed = RandomDraw.seed(PLAN, DRAW_AT, 1234, ROOT);
		assertThat(seed).isEqualTo(jcaSm3(("sanxiang-draw-v1|" + PLAN + "|2026-09-01T02:00:00Z|1234|"
				+ "9a0b1c2d3e4f5061728394a5b6c7d8e9fa0b1c2d3e4f5061728394a5b6c7d8e9")
			.getBytes(StandardCharsets.UTF_8)));

		RandomDraw.Draw draw = RandomDraw.draw(seed, TARGETS, 9, INSPECTORS, 2, (t, o) -> Optional.empty());

		List<String> targets = new ArrayList<>();
		for (int i : independentSample(seed, "targets", TARGETS.size(), 9)) {
			targets.add(TARGETS.get(i));
		}
		assertThat(draw.assignments().keySet()).containsExactlyElementsOf(targets);
		for (String target : targets) {
			List<String> team = independentSample(seed, "inspectors/" + target, INSPECTORS.size(), 2).stream()
				.map(INSPECTORS::get)
				.toList();
			assertThat(draw.assignments().get(target)).as(target).isEqualTo(team);
		}
	}

	@Test
	void theSamePublicInputsGiveTheSameDrawAndAnotherTreeHeadAnother() {
		RandomDraw.Draw once = RandomDraw.draw(RandomDraw.seed(PLAN, DRAW_AT, 1234, ROOT), TARGETS, 9, INSPECTORS, 2,
				(t, o) -> Optional.empty());
		RandomDraw.Draw again = RandomDraw.draw(RandomDraw.seed(PLAN, DRAW_AT, 1234, ROOT.toUpperCase()), TARGETS, 9,
				INSPECTORS, 2, (t, o) -> Optional.empty());
		assertThat(again).isEqualTo(once);
		RandomDraw.Draw later = RandomDraw.draw(RandomDraw.seed(PLAN, DRAW_AT, 1235, ROOT), TARGETS, 9, INSPECTORS, 2,
				(t, o) -> Optional.empty());
		assertThat(later.assignments()).isNotEqualTo(once.assignments());
	}

	/**
	 * 20 000 draws of 5 of 20 targets and 2 of 7 inspectors, seeds SM3("fairness-" + i):
	 * each target is expected 5 000 times (binomial, σ ≈ 61) and each inspector 20 000 ×
	 * 5 × 2 ÷ 7 ≈ 28 571 times; every count lies within 5 σ and the χ² statistic below
	 * the 0.1 % critical value (19 degrees of freedom: 43.82; 6: 22.46).
	 */
	@Test
	void overManyDrawsEveryTargetAndInspectorIsChosenAboutEquallyOften() throws Exception {
		List<String> population = TARGETS.subList(0, 20);
		Map<String, long[]> targetCounts = new java.util.HashMap<>();
		Map<String, long[]> inspectorCounts = new java.util.HashMap<>();
		int draws = 20_000;
		for (int i = 0; i < draws; i++) {
			byte[] seed = jcaSm3(("fairness-" + i).getBytes(StandardCharsets.UTF_8));
			RandomDraw.Draw draw = RandomDraw.draw(seed, population, 5, INSPECTORS, 2, (t, o) -> Optional.empty());
			draw.assignments().forEach((target, team) -> {
				targetCounts.computeIfAbsent(target, k -> new long[1])[0]++;
				team.forEach(o -> inspectorCounts.computeIfAbsent(o, k -> new long[1])[0]++);
			});
		}
		double expectedTarget = draws * 5.0 / 20;
		double sigmaTarget = Math.sqrt(draws * 0.25 * 0.75);
		assertThat(targetCounts).hasSize(20);
		double chi = 0;
		for (long[] count : targetCounts.values()) {
			assertThat((double) count[0]).isBetween(expectedTarget - 5 * sigmaTarget, expectedTarget + 5 * sigmaTarget);
			chi += Math.pow(count[0] - expectedTarget, 2) / expectedTarget;
		}
		assertThat(chi).isLessThan(43.82);
		double expectedInspector = draws * 5 * 2.0 / 7;
		double sigmaInspector = Math.sqrt(draws * 5 * (2.0 / 7) * (5.0 / 7));
		double chiInspectors = 0;
		for (long[] count : inspectorCounts.values()) {
			assertThat((double) count[0]).isBetween(expectedInspector - 5 * sigmaInspector,
					expectedInspector + 5 * sigmaInspector);
			chiInspectors += Math.pow(count[0] - expectedInspector, 2) / expectedInspector;
		}
		assertThat(chiInspectors).isLessThan(22.46);
	}

	@Test
	void anInspectorWithAConflictIsNeverSentToThatTargetAndTheExclusionIsRecorded() {
		byte[] seed = RandomDraw.seed(PLAN, DRAW_AT, 1234, ROOT);
		// O-001 granted every target's licence; O-002 is related to the first target
		RandomDraw.Draw draw = RandomDraw.draw(seed, TARGETS, 37, INSPECTORS, 3, (target, officer) -> {
			if (officer.equals("O-001")) {
				return Optional.of("该对象的许可由其承办");
			}
			if (officer.equals("O-002") && target.equals(TARGETS.get(0))) {
				return Optional.of("与检查对象的法定代表人有近亲属关系");
			}
			return Optional.empty();
		});
		assertThat(draw.assignments()).hasSize(37);
		assertThat(draw.assignments().values())
			.allSatisfy(team -> assertThat(team).hasSize(3).doesNotContain("O-001").doesNotHaveDuplicates());
		assertThat(draw.assignments().get(TARGETS.get(0))).doesNotContain("O-002");
		assertThat(draw.exclusions()).hasSize(38)
			.contains(new RandomDraw.Exclusion(TARGETS.get(0), "O-002", "与检查对象的法定代表人有近亲属关系"));
	}

	@Test
	void refusesASampleLargerThanThePopulationOneInspectorPerTargetAndTooFewFreeInspectors() {
		byte[] seed = RandomDraw.seed(PLAN, DRAW_AT, 1234, ROOT);
		assertThatThrownBy(() -> RandomDraw.draw(seed, TARGETS, 38, INSPECTORS, 2, (t, o) -> Optional.empty()))
			.isInstanceOf(RandomDraw.DrawRefused.class)
			.hasMessage("抽取数量 38 超过符合条件的检查对象数 37");
		assertThatThrownBy(() -> RandomDraw.draw(seed, TARGETS, 3, INSPECTORS, 1, (t, o) -> Optional.empty()))
			.hasMessage("每个检查对象至少需要 2 名执法人员");
		assertThatThrownBy(() -> RandomDraw.draw(seed, TARGETS, 3, INSPECTORS, 2,
				(t, o) -> o.equals("O-007") ? Optional.empty() : Optional.of("回避")))
			.hasMessageContaining("回避后可选执法人员只有 1 名");
	}

	/** The published steps 2 and 3, written again from the text with other arithmetic. */
	static List<Integer> independentSample(byte[] seed, String label, int n, int k) throws Exception {
		BigInteger two64 = BigInteger.ONE.shiftLeft(64);
		List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
		List<BigInteger> numbers = new ArrayList<>();
		long block = 0;
		int used = 0;
		for (int p = 0; p < k; p++) {
			BigInteger m = BigInteger.valueOf(n - p);
			BigInteger limit = two64.subtract(two64.mod(m));
			BigInteger r;
			do {
				if (used == numbers.size()) {
					byte[] labelBytes = label.getBytes(StandardCharsets.UTF_8);
					byte[] input = new byte[seed.length + labelBytes.length + 8];
					System.arraycopy(seed, 0, input, 0, seed.length);
					System.arraycopy(labelBytes, 0, input, seed.length, labelBytes.length);
					System.arraycopy(ByteBuffer.allocate(8).putLong(block++).array(), 0, input,
							seed.length + labelBytes.length, 8);
					byte[] digest = jcaSm3(input);
					for (int i = 0; i < 4; i++) {
						byte[] eight = java.util.Arrays.copyOfRange(digest, i * 8, i * 8 + 8);
						numbers.add(new BigInteger(1, eight));
					}
				}
				r = numbers.get(used++);
			}
			while (r.compareTo(limit) >= 0);
			int swap = p + r.mod(m).intValue();
			java.util.Collections.swap(order, p, swap);
		}
		return order.subList(0, k);
	}

	static byte[] jcaSm3(byte[] input) throws Exception {
		return MessageDigest.getInstance("SM3", new BouncyCastleProvider()).digest(input);
	}

}
