package org.sanxiang.journal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Signs a tree head whenever entries arrived since the last one, every
 * {@code sanxiang.journal.tree-head-interval} (default 30 s, so a head follows new
 * entries within a minute), and verifies the whole journal every night
 * ({@code sanxiang.journal.verify-cron}, default 02:30).
 */
@Component
class TreeHeadSchedule {

	private static final Logger log = LoggerFactory.getLogger(TreeHeadSchedule.class);

	private final Journal journal;

	private final JournalVerifier verifier;

	TreeHeadSchedule(Journal journal, JournalVerifier verifier) {
		this.journal = journal;
		this.verifier = verifier;
	}

	// 一个节点签发：另一节点在同一时刻的触发被跳过（签发本身还有咨询锁兜底）
	@SchedulerLock(name = "journal-tree-head", lockAtMostFor = "PT10M",
			lockAtLeastFor = "${sanxiang.scheduling.lock-at-least-for:PT5S}")
	@Scheduled(fixedDelayString = "${sanxiang.journal.tree-head-interval:30s}",
			initialDelayString = "${sanxiang.journal.tree-head-initial-delay:5s}")
	void sign() {
		this.journal.signTreeHead().ifPresent(head -> log.debug("签发树头：{} 条，根 {}", head.size(), head.root()));
	}

	// 每晚一次：两节点同一时刻触发，lockAtLeastFor 盖住节点间的时钟差
	@SchedulerLock(name = "journal-verify", lockAtMostFor = "PT3H",
			lockAtLeastFor = "${sanxiang.scheduling.cron-lock-at-least-for:PT1M}")
	@Scheduled(cron = "${sanxiang.journal.verify-cron:0 30 2 * * *}", zone = "Asia/Shanghai")
	void verifyNightly() {
		JournalVerification result = this.verifier.verify();
		if (result.intact()) {
			log.info("全过程记录校验通过：{} 条记录，{} 个树头", result.verifiedEntries(), result.verifiedTreeHeads());
		}
		else {
			log.error("全过程记录校验失败：第一处不一致在第 {} 条，{}", result.firstMismatch(), result.detail());
		}
	}

}
