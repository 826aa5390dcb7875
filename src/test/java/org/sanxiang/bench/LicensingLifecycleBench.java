package org.sanxiang.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.sanxiang.SanxiangApplication;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.service.LifecycleDriver;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Licensing lifecycle benchmark (issue 4, DESIGN.md "Performance targets"): N complete
 * lifecycles of a non-major licence through the service layer on embedded PostgreSQL with
 * fsync on, then a plain-JDBC baseline in the same run writing the same rows with the
 * same commits (one transaction per transition) into scratch tables. Prints lifecycles/s,
 * p50/p99 per transition and the cost ratio (target ≤ 3×).
 *
 * <p>
 * Not a test: run it with {@code bench/run} (see {@code bench/README.md}). System
 * properties: {@code bench.n} (default 10000), {@code bench.threads} (default 2),
 * {@code bench.warmup} (default min(500, n/10)).
 */
public final class LicensingLifecycleBench {

	static final LocalDate DAY = LocalDate.of(2026, 6, 1);

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private LicensingLifecycleBench() {
	}

	/**
	 * A Monday in the loaded 2026 calendar, so every statutory period falls within it.
	 * Deliberately not annotated: the class is given to the application builder as a
	 * source, and component scanning of the test classpath must never find it, or every
	 * test context would run on this fixed day.
	 */
	static class FixedDay {

		@Bean
		@Primary
		Clock benchClock() {
			return Clock.fixed(DAY.atTime(10, 0).atZone(CHINA).toInstant(), CHINA);
		}

	}

	/** One lifecycle's steps, step 0 being the application. */
	interface Lifecycle {

		Object start(int n);

		void step(Object handle, int step);

	}

	public static void main(String[] args) throws Exception {
		int n = Integer.getInteger("bench.n", args.length > 0 ? Integer.parseInt(args[0]) : 10000);
		int threads = Integer.getInteger("bench.threads", 2);
		int warmup = Integer.getInteger("bench.warmup", Math.min(500, n / 10));
		Path dir = Files.createTempDirectory("sanxiang-bench-");
		System.out.printf("基准：%d 个完整办件周期，%d 线程，预热 %d；嵌入式 PostgreSQL（fsync on）数据目录 %s%n", n, threads, warmup,
				dir.resolve("pg"));
		// command-line arguments, not builder defaults: application.properties would
		// otherwise point the run at ./data
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SanxiangApplication.class,
				FixedDay.class)
			.run("--sanxiang.embedded-db.data-dir=" + dir.resolve("pg"), "--sanxiang.demo.enabled=true",
					"--sanxiang.blob-store.dir=" + dir.resolve("blobs"),
					"--sanxiang.journal.keystore=" + dir.resolve("journal/signing-key.p12"), "--server.port=0",
					"--spring.datasource.url=", "--logging.level.root=WARN", "--logging.level.org.sanxiang=WARN",
					"--spring.main.banner-mode=off")) {
			DataSource dataSource = context.getBean(DataSource.class);
			JdbcTemplate jdbc = new JdbcTemplate(dataSource);
			System.out.println("PostgreSQL: fsync=" + jdbc.queryForObject("show fsync", String.class)
					+ ", synchronous_commit=" + jdbc.queryForObject("show synchronous_commit", String.class));

			LifecycleDriver driver = LifecycleDriver.of(context);
			Lifecycle platform = new Lifecycle() {
				@Override
				public Object start(int i) {
					return driver.apply(i);
				}

				@Override
				public void step(Object handle, int step) {
					driver.step((CaseId) handle, step);
				}
			};
			run("platform warm-up", platform, warmup, threads);
			Result platformResult = run("platform", platform, n, threads);

			Baseline baseline = new Baseline(jdbc,
					new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
			run("baseline warm-up", baseline, warmup, threads);
			Result baselineResult = run("baseline", baseline, n, threads);

			report(n, threads, platformResult, baselineResult);
		}
		finally {
			// the scratch database is the benchmark's own; nothing in it is kept
			try (Stream<Path> paths = Files.walk(dir)) {
				paths.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
			}
		}
	}

	record Result(double seconds, long[][] latencies) {

		double rate(int n) {
			return n / this.seconds;
		}

	}

	static Result run(String name, Lifecycle lifecycle, int n, int threads) throws Exception {
		int steps = LifecycleDriver.STEPS.size();
		long[][] latencies = new long[steps][n];
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long begin = System.nanoTime();
		List<Future<?>> futures = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			futures.add(pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
					long t0 = System.nanoTime();
					Object handle = lifecycle.start(i);
					long t1 = System.nanoTime();
					latencies[0][i] = t1 - t0;
					for (int s = 1; s < steps; s++) {
						t0 = System.nanoTime();
						lifecycle.step(handle, s);
						latencies[s][i] = System.nanoTime() - t0;
					}
				}
				return null;
			}));
		}
		for (Future<?> f : futures) {
			f.get();
		}
		double seconds = (System.nanoTime() - begin) / 1e9;
		pool.shutdown();
		System.out.printf(Locale.ROOT, "%-17s %6d lifecycles in %7.2f s%n", name, n, seconds);
		return new Result(seconds, latencies);
	}

	static void report(int n, int threads, Result platform, Result baseline) {
		System.out.println();
		System.out.printf(Locale.ROOT, "Licensing lifecycle benchmark: N=%d, %d threads, PostgreSQL fsync on%n", n,
				threads);
		System.out.printf(Locale.ROOT, "%-18s %12s %12s %12s %12s%n", "transition", "platform p50", "platform p99",
				"baseline p50", "baseline p99");
		for (int s = 0; s < LifecycleDriver.STEPS.size(); s++) {
			long[] p = platform.latencies()[s].clone();
			long[] b = baseline.latencies()[s].clone();
			Arrays.sort(p);
			Arrays.sort(b);
			System.out.printf(Locale.ROOT, "%-18s %9.2f ms %9.2f ms %9.2f ms %9.2f ms%n", LifecycleDriver.STEPS.get(s),
					ms(p, 0.50), ms(p, 0.99), ms(b, 0.50), ms(b, 0.99));
		}
		double ratio = platform.seconds() / baseline.seconds();
		System.out.println();
		System.out.printf(Locale.ROOT, "%-18s %12s %18s%n", "", "lifecycles/s", "ms per lifecycle*");
		System.out.printf(Locale.ROOT, "%-18s %12.1f %18.2f%n", "platform", platform.rate(n),
				1000 * platform.seconds() * threads / n);
		System.out.printf(Locale.ROOT, "%-18s %12.1f %18.2f%n", "plain JDBC", baseline.rate(n),
				1000 * baseline.seconds() * threads / n);
		System.out.printf(Locale.ROOT, "ratio (platform cost ÷ baseline cost) = %.2f×  (target ≤ 3×: %s)%n", ratio,
				ratio <= 3 ? "MET" : "NOT MET");
		System.out.println("* wall time × threads ÷ N");
	}

	static double ms(long[] sorted, double q) {
		int i = Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1);
		return sorted[Math.max(0, i)] / 1e6;
	}

	/**
	 * The rows the platform writes per lifecycle, with plain JDBC and the same commits:
	 * the application takes a number (upsert), inserts the case, its first event and its
	 * two paper materials in one transaction; each later transition updates the case at
	 * the revision read and inserts one event in its own transaction. The JSON written is
	 * the platform's own for an archived case (its content and its eight event payloads),
	 * copied once from the platform's run, so the bytes written are comparable.
	 */
	static final class Baseline implements Lifecycle {

		private final JdbcTemplate jdbc;

		private final TransactionTemplate tx;

		private final String content;

		private final List<String> payloads;

		private final List<String> types;

		private final List<String> journal;

		private static final byte[] LEAF = new byte[32];

		private final Object[] caseTemplate;

		Baseline(JdbcTemplate jdbc, TransactionTemplate tx) {
			this.jdbc = jdbc;
			this.tx = tx;
			jdbc.execute("drop table if exists bench_journal, bench_material, bench_event, bench_case, bench_number");
			jdbc.execute("create table bench_journal (like journal_entry including all)");
			jdbc.execute("create table bench_number (like casework_number including all)");
			jdbc.execute("create table bench_case (like casework_case including all)");
			jdbc.execute("create table bench_event (like casework_event including all, "
					+ "foreign key (case_id) references bench_case (id))");
			jdbc.execute("create table bench_material (like casework_material including all, "
					+ "foreign key (case_id) references bench_case (id))");
			UUID sample = jdbc.queryForObject("select id from casework_case where state = 'Archived' limit 1",
					UUID.class);
			this.content = jdbc.queryForObject("select content::text from casework_case where id = ?", String.class,
					sample);
			this.payloads = jdbc.queryForList("select payload::text from casework_event where case_id = ? order by seq",
					String.class, sample);
			this.types = jdbc.queryForList("select type from casework_event where case_id = ? order by seq",
					String.class, sample);
			this.journal = jdbc.queryForList(
					"select entry from journal_entry where case_id = ? and type = any(?) " + "order by seq",
					String.class, sample, this.types.toArray(String[]::new));
			this.caseTemplate = jdbc.queryForObject(
					"select query_code_hash, item_code, item_version, applicant_kind, applicant_name, "
							+ "applicant_credit_code, contact_name, contact_phone, contact_address, received_on "
							+ "from casework_case where id = ?",
					(rs, i) -> new Object[] { rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
							rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
							rs.getObject(10, LocalDate.class) },
					sample);
		}

		@Override
		public Object start(int n) {
			UUID id = UUID.randomUUID();
			Timestamp now = Timestamp.from(Instant.now());
			this.tx.executeWithoutResult((status) -> {
				Integer last = this.jdbc.queryForObject(
						"insert into bench_number (year, last) values (?, 1) "
								+ "on conflict (year) do update set last = bench_number.last + 1 returning last",
						Integer.class, DAY.getYear());
				Object[] t = this.caseTemplate;
				this.jdbc.update("insert into bench_case (id, number, query_code_hash, item_code, item_version, "
						+ "applicant_kind, applicant_name, applicant_id_number, applicant_credit_code, contact_name, "
						+ "contact_phone, contact_address, state, received_on, revision, content, created_at, updated_at) "
						+ "values (?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?, ?, 0, cast(? as jsonb), ?, ?)", id,
						"XK-20260601-" + last, t[0], t[1], t[2], t[3], t[4] + " " + n, t[5], t[6], t[7], t[8],
						"Received", t[9], this.content, now, now);
				event(id, 0, now);
				// the two required materials checked on paper at the window, as the
				// platform
				// records them with the application
				for (String material : List.of("节能审查申请书", "节能报告")) {
					this.jdbc.update(
							"insert into bench_material (id, case_id, material_name, stage, paper, "
									+ "received_at, received_by) values (?, ?, ?, 'APPLICATION', true, ?, ?)",
							UUID.randomUUID(), id, material, now, "clerk1");
				}
			});
			return id;
		}

		@Override
		public void step(Object handle, int step) {
			UUID id = (UUID) handle;
			Timestamp now = Timestamp.from(Instant.now());
			this.tx.executeWithoutResult((status) -> {
				int rows = this.jdbc.update(
						"update bench_case set state = ?, received_on = ?, revision = ?, content = cast(? as jsonb), "
								+ "updated_at = ? where id = ? and revision = ?",
						this.types.get(step), this.caseTemplate[9], step, this.content, now, id, step - 1);
				if (rows != 1) {
					throw new IllegalStateException("baseline case " + id + " not at revision " + (step - 1));
				}
				event(id, step, now);
			});
		}

		/**
		 * The case event and its journal entry: the journal's writer lock, the next
		 * sequence number and the entry row with the platform's own entry text and a
		 * 32-byte leaf hash (the platform also serialises and hashes it; plain JDBC does
		 * not).
		 */
		private void event(UUID id, int seq, Timestamp now) {
			this.jdbc.update(
					"insert into bench_event (case_id, seq, type, payload, actor, at) "
							+ "values (?, ?, ?, cast(? as jsonb), ?, ?)",
					id, seq, this.types.get(seq), this.payloads.get(seq), "clerk1", now);
			this.jdbc.queryForObject("select pg_advisory_xact_lock(7)", Object.class);
			this.jdbc.update(
					"insert into bench_journal (seq, at, actor, case_id, type, entry, leaf_hash) "
							+ "select coalesce(max(seq) + 1, 0), ?, ?, ?, ?, ?, ? from bench_journal",
					now, "clerk1", id, this.types.get(seq), this.journal.get(seq), LEAF);
		}

	}

}
