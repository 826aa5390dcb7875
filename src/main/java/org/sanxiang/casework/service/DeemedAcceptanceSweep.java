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
 * Every morning: a received application without a correction notice within 5 working days
 * of receipt is accepted as of the day of receipt (行政许可法 第三十二条第一款第（四）项, XK-32b), by the
 * platform, with the rule recorded on the event. Each case in its own transaction, so one
 * stale case does not hold back the others. Cron:
 * {@code sanxiang.casework.deemed-acceptance-cron} (default 01:10 daily, Asia/Shanghai).
 */
@Component
class DeemedAcceptanceSweep {

	private static final Logger log = LoggerFactory.getLogger(DeemedAcceptanceSweep.class);

	private final Casework casework;

	private final Clock clock;

	DeemedAcceptanceSweep(Casework casework, Clock clock) {
		this.casework = casework;
		this.clock = clock;
	}

	// 每日一次，只在一个节点上运行
	@SchedulerLock(name = "casework-deemed-acceptance", lockAtMostFor = "PT1H",
			lockAtLeastFor = "${sanxiang.scheduling.cron-lock-at-least-for:PT1M}")
	@Scheduled(cron = "${sanxiang.casework.deemed-acceptance-cron:0 10 1 * * *}", zone = "Asia/Shanghai")
	void daily() {
		int deemed = sweep(this.clock);
		if (deemed > 0) {
			log.info("视为受理 {} 件（收到申请材料后5个工作日内未告知补正，行政许可法第三十二条）", deemed);
		}
	}

	/** Deems acceptance where the window has lapsed on {@code clock}; how many. */
	int sweep(Clock clock) {
		int deemed = 0;
		for (CaseId id : this.casework.received()) {
			try {
				if (this.casework.deemAcceptedIfLapsed(id, clock)) {
					deemed++;
				}
			}
			catch (InputRejected ex) {
				// changed meanwhile, or a date beyond the loaded calendar: next run tries
				// again
				log.warn("案件 {} 未能视为受理：{}", id, ex.getMessage());
			}
		}
		return deemed;
	}

}
