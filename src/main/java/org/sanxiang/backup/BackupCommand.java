package org.sanxiang.backup;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.sanxiang.platform.BlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The backup command: with {@code --sanxiang.backup.create=DIR} the application makes one
 * backup into {@code DIR} and exits; {@code --sanxiang.backup.verify=BACKUP} re-hashes a
 * backup; {@code --sanxiang.backup.restore=BACKUP} restores one into this (empty)
 * installation. The exit status is 0 on success, 1 otherwise, for cron and scripts.
 */
// before every other start-up runner: a command must not seed demo data or templates into
// the installation it backs up or restores
@Order(Ordered.HIGHEST_PRECEDENCE)
@Component
class BackupCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BackupCommand.class);

	private final Backups backups;

	private final Environment env;

	private final DataSource dataSource;

	private final BlobStore blobs;

	private final ConfigurableApplicationContext context;

	BackupCommand(Backups backups, Environment env, DataSource dataSource, BlobStore blobs,
			ConfigurableApplicationContext context) {
		this.backups = backups;
		this.env = env;
		this.dataSource = dataSource;
		this.blobs = blobs;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		String create = this.env.getProperty("sanxiang.backup.create");
		String verify = this.env.getProperty("sanxiang.backup.verify");
		String restore = this.env.getProperty("sanxiang.backup.restore");
		if (!StringUtils.hasText(create) && !StringUtils.hasText(verify) && !StringUtils.hasText(restore)) {
			return;
		}
		int status = 0;
		try {
			if (StringUtils.hasText(create)) {
				Backups.BackupSummary made = this.backups.createIn(Path.of(create).toAbsolutePath().normalize(),
						"system");
				System.out.println("备份完成：" + made.dir() + "（" + made.parts() + " 个文件，" + made.bytes() + " 字节，全过程记录 "
						+ made.journalSize() + " 条）");
			}
			else if (StringUtils.hasText(verify)) {
				BackupCheck check = Backups.verify(Path.of(verify).toAbsolutePath().normalize());
				System.out.println(check.summary());
				check.problems().forEach(p -> System.out.println("  " + p));
				status = check.intact() ? 0 : 1;
			}
			else {
				Path dir = Path.of(restore).toAbsolutePath().normalize();
				BackupSettings settings = this.backups.settings();
				BackupManifest manifest = this.backups.restore(dir, new Backups.RestoreTarget(this.dataSource,
						this.blobs, settings.ledgerDir(), settings.keystore()));
				this.backups.journalRestore("system", dir, manifest);
				System.out.println("恢复完成：结构版本 V" + manifest.schemaVersion() + "，全过程记录 " + manifest.journalSize()
						+ " 条；请重新启动应用，并核验全过程记录与证据文件");
			}
		}
		catch (BackupRefused ex) {
			System.err.println(ex.getMessage());
			log.debug("backup command failed", ex);
			status = 1;
		}
		int exit = status;
		System.exit(SpringApplication.exit(this.context, () -> exit));
	}

}
