package org.sanxiang.operations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.sanxiang.evidence.Activity;
import org.sanxiang.evidence.EvidenceAdded;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityMetricsTests {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final ActivityMetrics metrics = new ActivityMetrics(this.registry);

	@Test
	void addsTheBytesOfEveryStoredEvidenceFileSoThatTheirRateIsTheUploadThroughput() {
		this.metrics.on(added(1_048_576));
		this.metrics.on(added(2_000));

		assertThat(this.registry.find("sanxiang.evidence.stored").counter().count()).isEqualTo(1_050_576);
		assertThat(this.registry.find("sanxiang.evidence.stored.files").counter().count()).isEqualTo(2);
	}

	private static EvidenceAdded added(long size) {
		Instant at = Instant.parse("2026-03-10T02:00:00Z");
		return new EvidenceAdded(UUID.randomUUID(), UUID.randomUUID(), Activity.SITE_INSPECTION, "officer1", "张建华",
				"执法记录仪", at, at, "现场核查.mp4", "video/mp4", size, "a".repeat(64), "b".repeat(64),
				LocalDate.of(2056, 3, 10));
	}

}
