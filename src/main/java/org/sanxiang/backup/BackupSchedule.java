package org.sanxiang.backup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled backup: {@code sanxiang.backup.cron} (default daily at 02:00; {@code -}
 * turns it off), followed by the retention. Across several nodes the job lock lets one
 * node run it.
 */
@Component
class BackupSchedule {

	private static final Logger log = LoggerFactory.getLogger(BackupSchedule.class);

	private final Backups backups;

	BackupSchedule(Backups backups) {
		this.backups = backups;
	}

	// 只在一个节点上运行；一次备份可能需要数小时（证据文件逐个校验哈希）
	@Scheduled(cron = "${sanxiang.backup.cron:0 0 2 * * *}")
	@SchedulerLock(name = "backup", lockAtMostFor = "PT12H",
			lockAtLeastFor = "${sanxiang.scheduling.cron-lock-at-least-for:PT1M}")
	void backUp() {
		try {
			this.backups.create("system");
		}
		catch (BackupRefused ex) {
			// already journaled as BackupFailed and logged
			log.warn("定时备份未完成：{}", ex.getMessage());
		}
	}

}
