package org.sanxiang.disclosure.publication;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.sanxiang.casework.CaseFacts;
import org.sanxiang.casework.CaseId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 核对并补生成公示信息: every decided case gets the publications its history asks for (GS-3). An
 * installation upgraded from before the pipeline has decided cases without any; this
 * creates them as the decisions would have, with the same clocks, so what is overdue
 * shows as overdue. Idempotent (one publication per case and decision source). Runs in
 * the background at start, after the demo data
 * ({@code sanxiang.disclosure.publication-backfill-at-start}, default on), and when a 负责人
 * asks for it on {@code /console/publications}; one case per transaction.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 700)
class PublicationBackfill implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PublicationBackfill.class);

	private final CaseFacts cases;

	private final PublicationPipeline pipeline;

	private final TransactionTemplate transactions;

	private final boolean atStart;

	PublicationBackfill(CaseFacts cases, PublicationPipeline pipeline, PlatformTransactionManager transactions,
			@Value("${sanxiang.disclosure.publication-backfill-at-start:true}") boolean atStart) {
		this.cases = cases;
		this.pipeline = pipeline;
		this.transactions = new TransactionTemplate(transactions);
		this.atStart = atStart;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.atStart) {
			return;
		}
		Thread thread = new Thread(() -> {
			try {
				int created = backfill("system");
				if (created > 0) {
					log.info("核对公示信息：为已决定的案件补生成公示 {} 件", created);
				}
			}
			catch (RuntimeException ex) {
				log.warn("核对公示信息未完成：{}", ex.getMessage());
			}
		}, "publication-backfill");
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * Creates the missing publications of every decided case, as {@code actor}; how many.
	 * A case that fails (e.g. changed meanwhile) is logged and left for the next run.
	 */
	int backfill(String actor) {
		int created = 0;
		for (CaseId id : this.cases.decided()) {
			try {
				Integer n = this.transactions
					.execute(status -> this.cases.find(id).map(c -> this.pipeline.backfill(c, actor)).orElse(0));
				created += n == null ? 0 : n;
			}
			catch (RuntimeException ex) {
				log.warn("案件 {} 的公示信息未能补生成：{}", id.value(), ex.getMessage());
			}
		}
		return created;
	}

}
