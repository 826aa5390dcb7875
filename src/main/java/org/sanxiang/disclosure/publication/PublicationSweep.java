package org.sanxiang.disclosure.publication;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.sanxiang.casework.Actor;
import org.sanxiang.platform.InputRejected;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Where an agency publishes automatically: every few minutes, each complete publication
 * is published and each withdrawal a later decision asked for is done, by the platform,
 * each in its own transaction (GS-3, GS-4). Agencies that approve each publication are
 * left to their 负责人. Delay: {@code sanxiang.disclosure.publication-sweep-delay} (default
 * five minutes).
 */
@Component
class PublicationSweep {

	private static final Logger log = LoggerFactory.getLogger(PublicationSweep.class);

	private final JdbcPublications publications;

	private final JdbcPublicationSettings settings;

	private final PublicationPipeline pipeline;

	PublicationSweep(JdbcPublications publications, JdbcPublicationSettings settings, PublicationPipeline pipeline) {
		this.publications = publications;
		this.settings = settings;
		this.pipeline = pipeline;
	}

	// 自动公示写库并记入全过程记录：只在一个节点上运行
	@SchedulerLock(name = "disclosure-publication-sweep", lockAtMostFor = "PT30M",
			lockAtLeastFor = "${sanxiang.scheduling.lock-at-least-for:PT5S}")
	@Scheduled(fixedDelayString = "${sanxiang.disclosure.publication-sweep-delay:PT5M}", initialDelayString = "PT1M")
	void periodically() {
		int done = sweep();
		if (done > 0) {
			log.info("自动公示、撤回 {} 件（本机关设置为自动公示）", done);
		}
	}

	/**
	 * Publishes and withdraws what the agencies that publish automatically have; how
	 * many.
	 */
	int sweep() {
		int done = 0;
		for (String agency : this.publications.agenciesWithWork()) {
			if (!this.settings.of(agency).autoPublish()) {
				continue;
			}
			for (UUID id : this.publications.awaitingApproval(agency)) {
				done += attempt(() -> this.pipeline.publish(id, Actor.SYSTEM), id);
			}
			for (UUID id : this.publications.withdrawable(agency)) {
				done += attempt(() -> this.pipeline.withdraw(id, null,
						this.publications.find(id).orElseThrow().withdrawalPending(), Actor.SYSTEM), id);
			}
		}
		return done;
	}

	private static int attempt(Runnable step, UUID id) {
		try {
			step.run();
			return 1;
		}
		catch (InputRejected ex) {
			// changed meanwhile (a 负责人 acted): the next run looks again
			log.warn("公示 {} 未能自动处理：{}", id, ex.getMessage());
			return 0;
		}
	}

}
