package org.sanxiang.casework.service;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.sanxiang.casework.CaseId;
import org.sanxiang.platform.InputRejected;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning: a licence whose holder applied in time for renewal and which expired
 * without the agency deciding is renewed by law (行政许可法 第五十条, XK-50: 逾期未作决定的，视为准予延续), by
 * the platform, with the rule recorded on the event. Idempotent: a renewed case has no
 * application pending, and one still in force is left for the agency. Each case in its
 * own transaction. Cron: {@code sanxiang.casework.deemed-renewal-cron} (default 01:20
 * daily, Asia/Shanghai).
 */
@Component
class DeemedRenewalSweep {

	private static final Logger log = LoggerFactory.getLogger(DeemedRenewalSweep.class);

	private final Casework casework;

	private final Clock clock;

	DeemedRenewalSweep(Casework casework, Clock clock) {
		this.casework = casework;
		this.clock = clock;
	}

	// 每日一次，只在一个节点上运行
	@SchedulerLock(name = "casework-deemed-renewal", lockAtMostFor = "PT1H",
			lockAtLeastFor = "${sanxiang.scheduling.cron-lock-at-least-for:PT1M}")
	@Scheduled(cron = "${sanxiang.casework.deemed-renewal-cron:0 20 1 * * *}", zone = "Asia/Shanghai")
	void daily() {
		int deemed = sweep(this.clock);
		if (deemed > 0) {
			log.info("视为准予延续 {} 件（有效期届满前未作出是否准予延续的决定，行政许可法第五十条）", deemed);
		}
	}

	/** Deems renewal where the licence expired undecided on {@code clock}; how many. */
	int sweep(Clock clock) {
		int deemed = 0;
		for (CaseId id : this.casework.awaitingRenewalDecision()) {
			try {
				if (this.casework.deemRenewedIfLapsed(id, clock)) {
					deemed++;
				}
			}
			catch (InputRejected ex) {
				// changed meanwhile: the next run tries again
				log.warn("案件 {} 未能视为准予延续：{}", id, ex.getMessage());
			}
		}
		return deemed;
	}

}
