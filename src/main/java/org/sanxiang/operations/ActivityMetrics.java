package org.sanxiang.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.sanxiang.casework.CaseEvent;
import org.sanxiang.evidence.EvidenceAdded;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counters of what happens: case transitions by event type
 * ({@code sanxiang_case_transitions_total{type="ApplicationAccepted"}}) and evidence
 * stored (files and bytes; the rate of the bytes is the upload throughput). Counted once
 * the change is committed, so a refused or rolled-back transition counts nothing.
 */
@Component
class ActivityMetrics {

	private final MeterRegistry registry;

	private final Counter evidenceFiles;

	private final Counter evidenceBytes;

	ActivityMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.evidenceFiles = Counter.builder("sanxiang.evidence.stored.files")
			.description("存入的音像记录等证据文件数")
			.register(registry);
		this.evidenceBytes = Counter.builder("sanxiang.evidence.stored")
			.description("存入的证据文件字节数")
			.baseUnit("bytes")
			.register(registry);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(CaseEvent event) {
		Counter.builder("sanxiang.case.transitions")
			.description("案件办理环节（按事件类型）")
			.tag("type", event.getClass().getSimpleName())
			.register(this.registry)
			.increment();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(EvidenceAdded event) {
		this.evidenceFiles.increment();
		this.evidenceBytes.increment(event.size());
	}

}
