package org.sanxiang.platform;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.StringUtils;

/**
 * Scheduled jobs run on one node per trigger when several nodes share the database: each
 * job annotated with {@code @SchedulerLock} first takes its row in {@code shedlock}
 * (V40), timed by the database's clock so node clocks may differ. A job that needs to run
 * on every node (node-local state, e.g. the search index catch-up) has no lock.
 * <p>
 * Every run that got its lock is recorded in {@code scheduled_job_run} with the node's
 * name ({@code sanxiang.node-name}, default host name and process id), so an operator
 * (and the two-node test) can see which node ran what.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulerLockConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SchedulerLockConfiguration.class);

	@Bean
	LockProvider schedulerLockProvider(DataSource dataSource, @Value("${sanxiang.node-name:}") String nodeName) {
		String node = StringUtils.hasText(nodeName) ? nodeName.strip() : defaultNodeName();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		LockProvider locks = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(jdbc)
			.withTableName("shedlock")
			.withLockedByValue(node)
			.usingDbTime()
			.build());
		return new RecordingLockProvider(locks, jdbc, node);
	}

	private static String defaultNodeName() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "unknown";
		}
		return host + ":" + ManagementFactory.getRuntimeMXBean().getPid();
	}

	/** Records each acquired lock as one run of the job; old runs are pruned. */
	static final class RecordingLockProvider implements LockProvider {

		private final LockProvider locks;

		private final JdbcTemplate jdbc;

		private final String node;

		RecordingLockProvider(LockProvider locks, JdbcTemplate jdbc, String node) {
			this.locks = locks;
			this.jdbc = jdbc;
			this.node = node;
		}

		@Override
		public Optional<SimpleLock> lock(LockConfiguration configuration) {
			Optional<SimpleLock> lock = this.locks.lock(configuration);
			if (lock.isPresent()) {
				try {
					this.jdbc.update("insert into scheduled_job_run (job, node) values (?, ?)", configuration.getName(),
							this.node);
					this.jdbc.update("delete from scheduled_job_run where at < now() - interval '30 days'");
				}
				catch (RuntimeException ex) {
					// the record is for operators; the job runs all the same
					log.warn("未能记录定时任务 {} 的运行", configuration.getName(), ex);
				}
			}
			return lock;
		}

	}

}
