package org.sanxiang.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * 抽查计划: what is checked (items of the 随机抽查事项清单), among which targets, how many, by how
 * many inspectors each, in which period, and when the draw happens — all fixed and public
 * before the draw.
 *
 * @param sampleSize the number of targets to draw, or {@code null} when a percentage is
 * given
 * @param samplePercent the share of eligible targets to draw (rounded up), or
 * {@code null}
 * @param inspectorUnits the units whose certified officers form the pool; empty for the
 * whole agency
 * @param drawAt the announced draw time: the seed comes from the first signed tree head
 * at or after it
 * @param replaces the cancelled plan this one replaces, or {@code null}
 */
record Plan(UUID id, String number, String agencyCode, String title, List<String> itemCodes, TargetFilter filter,
		Integer sampleSize, BigDecimal samplePercent, int inspectorsPerTarget, List<String> inspectorUnits,
		LocalDate periodStart, LocalDate periodEnd, Instant drawAt, PlanStatus status, UUID replaces, String createdBy,
		Instant createdAt, String cancelledBy, Instant cancelledAt, String cancelReason) {

	Plan {
		itemCodes = List.copyOf(itemCodes);
		inspectorUnits = inspectorUnits == null ? List.of() : List.copyOf(inspectorUnits);
	}

	/** How many of {@code population} eligible targets the plan draws. */
	int sampleOf(int population) {
		if (this.sampleSize != null) {
			return this.sampleSize;
		}
		return this.samplePercent.multiply(BigDecimal.valueOf(population))
			.divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.CEILING)
			.intValueExact();
	}

	/** The sample as the public reads it: 10 户 or 5% (向上取整). */
	public String sampleText() {
		return (this.sampleSize != null) ? this.sampleSize + " 户"
				: this.samplePercent.stripTrailingZeros().toPlainString() + "%（向上取整）";
	}

}
