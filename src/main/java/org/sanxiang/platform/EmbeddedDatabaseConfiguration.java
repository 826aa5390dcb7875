package org.sanxiang.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL 17 when no external database is configured
 * ({@code spring.datasource.url} empty or absent). The default run keeps its data under
 * {@code sanxiang.embedded-db.data-dir} (default {@code ./data/pg}) between starts; tests
 * pass an empty directory setting and get a throw-away one.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	/**
	 * How long a request waits for a connection, as {@code spring.datasource.hikari.
	 * connection-timeout} sets it for an external database: while the database is down a
	 * request is answered 503 after this, rather than after the pool's default 30 s.
	 */
	static final long CONNECTION_TIMEOUT_MS = 10_000;

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(Environment env) throws IOException {
		String configured = env.getProperty("sanxiang.embedded-db.data-dir", "./data/pg");
		boolean durable = StringUtils.hasText(configured);
		Path dataDir = durable ? Path.of(configured).toAbsolutePath().normalize()
				: Files.createTempDirectory("sanxiang-pg-");
		Files.createDirectories(dataDir.getParent());
		boolean existing = Files.exists(dataDir.resolve("PG_VERSION"));
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(!durable)
			.setPGStartupWait(java.time.Duration.ofSeconds(60))
			.setLocaleConfig("encoding", "UTF8");
		int port = env.getProperty("sanxiang.embedded-db.port", Integer.class, 0);
		if (port > 0) {
			builder.setPort(port);
		}
		// The library turns fsync and synchronous_commit off for speed; data kept under
		// ./data is
		// real data, so the default run turns them back on. Throw-away test databases
		// stay fast.
		Map<String, String> durability = durable
				? Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on")
				: Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "off");
		durability.forEach(builder::setServerConfig);
		EmbeddedPostgres pg = builder.start();
		log.info("嵌入式 PostgreSQL 已启动：端口 {}，数据目录 {}{}", pg.getPort(), dataDir, existing ? "（沿用已有数据）" : "");
		return pg;
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedPostgres pg) {
		HikariDataSource ds = new HikariDataSource();
		ds.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
		ds.setUsername("postgres");
		ds.setPoolName("sanxiang-embedded");
		ds.setMaximumPoolSize(10);
		ds.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
		return ds;
	}

	static class NoExternalDatabase extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String url = context.getEnvironment().getProperty("spring.datasource.url");
			return StringUtils.hasText(url) ? ConditionOutcome.noMatch("external database at " + url)
					: ConditionOutcome.match("no spring.datasource.url: embedded PostgreSQL");
		}

	}

}
