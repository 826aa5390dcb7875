package org.sanxiang.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.sanxiang.casework.CaseStatistics;
import org.sanxiang.journal.Journal;
import org.sanxiang.journal.JournalVerification;
import org.sanxiang.journal.TreeHead;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Gauges of the state of the record, read at most once per
 * {@code sanxiang.metrics.refresh} (default 30 s) however often Prometheus scrapes: the
 * journal's size and latest signed tree head (a head that stops following the entries
 * means the signing job stopped, JL-1), the latest verification's result, and the open
 * and overdue licensing cases (a decision due date past without a decision, XK-42). When
 * a read fails the last values stay and the failure is logged.
 */
@Component
class DomainMetrics implements MeterBinder {

	private static final Logger log = LoggerFactory.getLogger(DomainMetrics.class);

	/**
	 * One read of everything the gauges show.
	 *
	 * @param entries journal entries
	 * @param headSize entries covered by the latest signed tree head, or -1 for none
	 * @param headAt when that head was signed, or {@code null}
	 * @param verified 1 when the latest verification found everything intact, 0 when it
	 * found a mismatch, NaN when none ran since this node started
	 * @param verifiedAt when it finished, or {@code null}
	 * @param openCases accepted cases without a decision
	 * @param overdueCases those whose statutory decision due date has passed while their
	 * clock runs
	 */
	record Snapshot(long entries, long headSize, Instant headAt, double verified, Instant verifiedAt, long openCases,
			long overdueCases) {

		static final Snapshot EMPTY = new Snapshot(0, -1, null, Double.NaN, null, 0, 0);

	}

	private final Journal journal;

	private final CaseStatistics cases;

	private final Clock clock;

	private final long refreshNanos;

	private Snapshot snapshot = Snapshot.EMPTY;

	private long readAt;

	private boolean read;

	DomainMetrics(Journal journal, CaseStatistics cases, Clock clock,
			@Value("${sanxiang.metrics.refresh:30s}") Duration refresh) {
		this.journal = journal;
		this.cases = cases;
		this.clock = clock;
		this.refreshNanos = refresh.toNanos();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		gauge(registry, "sanxiang.journal.entries", "全过程记录的条数", null, Snapshot::entries);
		gauge(registry, "sanxiang.journal.tree.head.size", "最新签名树头覆盖的记录条数（-1：尚无树头）", null, Snapshot::headSize);
		gauge(registry, "sanxiang.journal.tree.head.age", "最新签名树头签发至今的秒数", "seconds",
				(s) -> (s.headAt() == null) ? Double.NaN : seconds(s.headAt()));
		gauge(registry, "sanxiang.journal.unsigned.entries", "尚未被签名树头覆盖的记录条数", null,
				(s) -> s.entries() - Math.max(0, s.headSize()));
		gauge(registry, "sanxiang.journal.verification.ok", "最近一次全过程记录校验：1 通过，0 不一致（任一节点校验的结果，存于数据库；从未校验时为 NaN）", null,
				Snapshot::verified);
		gauge(registry, "sanxiang.journal.verification.age", "最近一次全过程记录校验完成至今的秒数", "seconds",
				(s) -> (s.verifiedAt() == null) ? Double.NaN : seconds(s.verifiedAt()));
		gauge(registry, "sanxiang.cases.open", "已受理尚未作出决定的案件数", null, Snapshot::openCases);
		gauge(registry, "sanxiang.cases.overdue", "已超过法定决定期限仍未作出决定的案件数", null, Snapshot::overdueCases);
	}

	private void gauge(MeterRegistry registry, String name, String description, String unit,
			ToDoubleFunction<Snapshot> value) {
		Gauge.builder(name, this, (metrics) -> value.applyAsDouble(metrics.snapshot()))
			.description(description)
			.baseUnit(unit)
			.register(registry);
	}

	private double seconds(Instant at) {
		return Duration.between(at, this.clock.instant()).toMillis() / 1000.0;
	}

	/** The values of the last read, read again when older than the refresh interval. */
	synchronized Snapshot snapshot() {
		long now = System.nanoTime();
		if (!this.read || now - this.readAt >= this.refreshNanos) {
			this.read = true;
			this.readAt = now;
			try {
				this.snapshot = read();
			}
			catch (RuntimeException ex) {
				log.warn("运维指标读取失败，沿用上次的值：{}", ex.toString());
			}
		}
		return this.snapshot;
	}

	private Snapshot read() {
		long entries = this.journal.size();
		TreeHead head = this.journal.latestTreeHead().orElse(null);
		JournalVerification verification = this.journal.lastVerification().orElse(null);
		LocalDate today = LocalDate.now(this.clock);
		List<CaseStatistics.OpenCase> open = this.cases.open(today);
		long overdue = open.stream()
			.filter((c) -> !c.paused() && c.decisionDue() != null && c.decisionDue().isBefore(today))
			.count();
		return new Snapshot(entries, (head != null) ? head.size() : -1, (head != null) ? head.at() : null,
				(verification == null) ? Double.NaN : (verification.intact() ? 1 : 0),
				(verification != null) ? verification.finishedAt() : null, open.size(), overdue);
	}

}
