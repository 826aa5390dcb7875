package org.sanxiang.supervision.kpi;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.postgresql.PGConnection;

import org.sanxiang.SanxiangApplication;
import org.sanxiang.calendar.WorkingDays;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.licensing.CaseDeadlines;
import org.sanxiang.casework.licensing.HandlingMode;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.DayUnit;
import org.sanxiang.catalog.EntryKind;
import org.sanxiang.catalog.Item;
import org.sanxiang.catalog.Officer;
import org.sanxiang.catalog.TimeLimit;
import org.sanxiang.catalog.Versioned;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The KPI dashboard over a year of cases (issue 9, bench/kpi): N invented decided
 * licensing cases (default 100,000; {@code -Dbench.n=}) written with {@code COPY} into
 * casework's own tables of the running application on an embedded PostgreSQL 17, all
 * decided in 2025, then {@link Kpis#dashboard} for 2025 (every indicator and the agency,
 * unit, officer and month breakdowns) timed against one SQL aggregate statement computing
 * 按期办结率 and 平均办理时长 per unit, per month and in total over the same rows, in the same run;
 * the two must agree. Not a test: run it with {@code bench/kpi [N]}.
 */
public final class KpiBench {

	static final LocalDate FROM = LocalDate.of(2025, 1, 1);

	static final LocalDate TO = LocalDate.of(2025, 12, 31);

	private KpiBench() {
	}

	public static void main(String[] args) throws Exception {
		int n = Integer.getInteger("bench.n", 100_000);
		int rounds = Integer.getInteger("bench.rounds", 3);
		Path dir = Files.createTempDirectory("sanxiang-bench-");
		System.out.printf("考核指标基准：%d 件已决定办件（2025 年），%d 轮；嵌入式 PostgreSQL 数据目录 %s%n", n, rounds, dir.resolve("pg"));
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SanxiangApplication.class).run(
				"--sanxiang.embedded-db.data-dir=" + dir.resolve("pg"), "--sanxiang.demo.enabled=true",
				"--sanxiang.journal.keystore=" + dir.resolve("journal/signing-key.p12"),
				"--sanxiang.blob-store.dir=" + dir.resolve("blobs"), "--sanxiang.journal.tree-head-interval=365d",
				"--sanxiang.journal.tree-head-initial-delay=365d", "--server.port=0", "--spring.datasource.url=",
				"--logging.level.root=WARN", "--logging.level.org.sanxiang=WARN", "--spring.main.banner-mode=off")) {
			DataSource dataSource = context.getBean(DataSource.class);
			JdbcTemplate jdbc = new JdbcTemplate(dataSource);
			long t0 = System.nanoTime();
			insert(context, dataSource, jdbc, n);
			jdbc.execute("analyze casework_case");
			jdbc.execute("analyze casework_event");
			System.out.printf("写入 %d 件（COPY 入 casework_case、casework_event）并 analyze：%.1f s%n", n,
					(System.nanoTime() - t0) / 1e9);

			Kpis kpis = context.getBean(Kpis.class);
			Kpis.Period period = new Kpis.Period(FROM, TO);
			// warm-up, not measured
			Kpis.Dashboard dashboard = kpis.dashboard(period);
			Map<String, double[]> sql = baseline(jdbc);
			double[] platform = new double[rounds];
			double[] plain = new double[rounds];
			for (int r = 0; r < rounds; r++) {
				boolean platformFirst = r % 2 == 1;
				for (int side = 0; side < 2; side++) {
					long start = System.nanoTime();
					if ((side == 0) == platformFirst) {
						dashboard = kpis.dashboard(period);
						platform[r] = (System.nanoTime() - start) / 1e6;
					}
					else {
						sql = baseline(jdbc);
						plain[r] = (System.nanoTime() - start) / 1e6;
					}
				}
			}
			int checked = check(dashboard, sql);
			Arrays.sort(platform);
			Arrays.sort(plain);
			double p = platform[rounds / 2];
			double b = plain[rounds / 2];
			Kpis.Indicator onTime = indicator(dashboard, Kpis.ON_TIME);
			Kpis.Indicator duration = indicator(dashboard, Kpis.DURATION);
			System.out.printf(Locale.ROOT,
					"%nKPI benchmark (issue 9), %d decided cases in 2025, %d rounds (median), load average %.1f%n", n,
					rounds, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
			System.out.printf(Locale.ROOT, "按期办结率 %d/%d = %s, 平均办理时长 %s 个工作日 (%d 件)；%d 个股室, %d 个月, %d 名执法人员%n",
					onTime.numerator(), onTime.denominator(), onTime.display(), duration.display(),
					duration.denominator(), dashboard.units().size(), dashboard.months().size(),
					dashboard.officers().size());
			System.out.printf(Locale.ROOT,
					"platform: Kpis.dashboard (all indicators, 4 breakdowns)   %9.1f ms  (rounds %s)%n", p,
					Arrays.toString(round(platform)));
			System.out.printf(Locale.ROOT,
					"baseline: one SQL aggregate (unit, month, total)          %9.1f ms  (rounds %s)%n", b,
					Arrays.toString(round(plain)));
			System.out.printf(Locale.ROOT, "ratio (platform ÷ baseline) = %.2f×; %d figures compared: all agree%n",
					p / b, checked);
		}
		finally {
			try (Stream<Path> paths = Files.walk(dir)) {
				paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	private static double[] round(double[] values) {
		return Arrays.stream(values).map(v -> Math.round(v * 10) / 10.0).toArray();
	}

	private static Kpis.Indicator indicator(Kpis.Dashboard dashboard, String code) {
		return dashboard.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
	}

	/**
	 * 按期办结率 and 平均办理时长 per unit, per month and in total, in one statement: the working
	 * days from the calendar's special days (weekends rest unless 调休上班, holidays rest),
	 * numbered in order, so a period of k working days after day a ends on the working
	 * day numbered number(a) + k (T-2: the day of acceptance not counted) and the working
	 * days between two days are the difference of their numbers.
	 */
	static Map<String, double[]> baseline(JdbcTemplate jdbc) {
		Map<String, double[]> figures = new HashMap<>();
		jdbc.query(
				"""
								with days as (
								  select g::date as d,
								    case cd.kind when 'HOLIDAY' then false when 'WORKDAY' then true
								      else extract(isodow from g) < 6 end as working
								  from generate_series(date '2024-01-01', date '2026-12-31', interval '1 day') g
								  left join calendar_day cd on cd.day = g::date),
								numbered as (select d, working, count(*) filter (where working) over (order by d) as n from days),
								decided as (
								  select distinct on (e.case_id) e.case_id, (e.payload ->> 'decidedOn')::date as decided_on
								  from casework_event e where e.type = 'CaseDecided' order by e.case_id, e.seq),
								cases as (
						  select coalesce(x.j -> 'item' -> 'content' ->> 'unitCode', '—') as unit,
						    to_char(x.decided_on, 'YYYY-MM') as month, x.decided_on,
						    (x.j -> 'deadlines' ->> 'acceptedOn')::date as accepted_on,
						    (x.j -> 'deadlines' -> 'statutory' ->> 'amount')::int
						      + coalesce((x.j -> 'deadlines' ->> 'extensionDays')::int, 0) as statutory_days,
						    (x.j -> 'deadlines' -> 'promised' ->> 'amount')::int as promised_days
						  from (select d.decided_on, c.content || '{}'::jsonb as j
						    from decided d join casework_case c on c.id = d.case_id
						    where d.decided_on between ? and ? offset 0) x)
						select grouping(c.unit) as by_month, grouping(c.month) as by_unit, c.unit, c.month,
								  count(*) as counted,
								  count(*) filter (where c.decided_on <= s.d and (c.promised_days is null or c.decided_on <= p.d)) as on_time,
								  avg(x.n - a.n) as average_days
								from cases c
								join numbered a on a.d = c.accepted_on
								join numbered x on x.d = c.decided_on
								join numbered s on s.working and s.n = a.n + c.statutory_days
								left join numbered p on p.working and p.n = a.n + c.promised_days
								group by grouping sets ((c.unit), (c.month), ())""",
				rs -> {
					String key = rs.getInt("by_month") == 0 ? "unit/" + rs.getString("unit")
							: rs.getInt("by_unit") == 0 ? "month/" + rs.getString("month") : "total";
					figures.put(key, new double[] { rs.getLong("on_time"), rs.getLong("counted"),
							rs.getDouble("average_days") });
				}, FROM, TO);
		return figures;
	}

	/** Every unit's, month's and the total's two numbers, the same on both sides. */
	private static int check(Kpis.Dashboard dashboard, Map<String, double[]> sql) {
		int checked = 0;
		List<Object[]> pairs = new ArrayList<>();
		for (Kpis.Breakdown b : dashboard.units()) {
			pairs.add(new Object[] { "unit/" + b.key(), b.onTime(), b.duration() });
		}
		for (Kpis.Breakdown b : dashboard.months()) {
			pairs.add(new Object[] { "month/" + b.key(), b.onTime(), b.duration() });
		}
		Kpis.Indicator onTime = indicator(dashboard, Kpis.ON_TIME);
		Kpis.Indicator duration = indicator(dashboard, Kpis.DURATION);
		pairs.add(new Object[] { "total", new Kpis.Figure(onTime.numerator(), onTime.denominator(), null, null),
				new Kpis.Figure(duration.numerator(), duration.denominator(), duration.value(), null) });
		if (pairs.size() != sql.size()) {
			throw new IllegalStateException("rows differ: platform " + pairs.size() + ", SQL " + sql.keySet());
		}
		for (Object[] pair : pairs) {
			String key = (String) pair[0];
			Kpis.Figure rate = (Kpis.Figure) pair[1];
			Kpis.Figure days = (Kpis.Figure) pair[2];
			double[] expected = sql.get(key);
			if (expected == null || rate.met() != (long) expected[0] || rate.counted() != (long) expected[1]
					|| days.counted() != (long) expected[1] || Math.abs(days.average() - expected[2]) > 1e-9) {
				throw new IllegalStateException("disagree on " + key + ": platform " + rate.met() + "/" + rate.counted()
						+ " " + days.average() + ", SQL " + Arrays.toString(expected));
			}
			checked += 2;
		}
		return checked;
	}

	/**
	 * N cases through casework's own schema: the content is a demo case's stored JSON
	 * with its id, item, officers and deadlines replaced; each case has its 准予/不予
	 * decision event and, for items that require audio/video, a site inspection event.
	 * Written directly, so neither the journal nor any other module sees them.
	 */
	private static void insert(ConfigurableApplicationContext context, DataSource dataSource, JdbcTemplate jdbc, int n)
			throws Exception {
		JsonMapper json = context.getBean(JsonMapper.class);
		Catalog catalog = context.getBean(Catalog.class);
		WorkingDays days = context.getBean(WorkingDays.class);
		Map<String, Object> template = jdbc.queryForMap(
				"""
						select c.content::text as content, c.applicant_kind, c.state,
						  (select e.payload::text from casework_event e where e.case_id = c.id and e.type = 'CaseDecided' limit 1) as decided,
						  (select e.payload::text from casework_event e where e.type = 'SiteInspectionRecorded' limit 1) as site
						from casework_case c
						where exists (select 1 from casework_event e where e.case_id = c.id and e.type = 'CaseDecided')
						order by c.state = 'Archived' desc, c.number limit 1""");
		ObjectNode content = (ObjectNode) json.readTree((String) template.get("content"));
		ObjectNode decidedEvent = (ObjectNode) json.readTree((String) template.get("decided"));
		ObjectNode siteEvent = template.get("site") == null ? null
				: (ObjectNode) json.readTree((String) template.get("site"));
		List<Item> items = catalog.items().stream().filter(i -> i.unitCode() != null).toList();
		Map<String, JsonNode> itemJson = new HashMap<>();
		Map<String, Integer> itemVersion = new HashMap<>();
		for (Item item : items) {
			Versioned<Item> v = catalog.current(EntryKind.ITEM, item.code()).orElseThrow();
			itemJson.put(item.code(), json.valueToTree(v));
			itemVersion.put(item.code(), v.version());
		}
		List<Officer> officers = catalog.officers();
		Random random = new Random(2025);
		String now = Instant.parse("2026-01-05T02:00:00Z").toString();
		String caseColumns = "id, number, query_code_hash, item_code, item_version, applicant_kind, applicant_name, "
				+ "contact_name, contact_phone, state, received_on, revision, content, full_recording, created_at, updated_at";
		String eventColumns = "case_id, seq, type, payload, actor, at";
		try (Connection connection = dataSource.getConnection()) {
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			int batch = 10_000;
			for (int start = 0; start < n; start += batch) {
				StringBuilder cases = new StringBuilder(batch * 3000);
				StringBuilder events = new StringBuilder(batch * 800);
				for (int i = start; i < Math.min(n, start + batch); i++) {
					Item item = items.get(random.nextInt(items.size()));
					List<Officer> ofUnit = officers.stream().filter(o -> item.unitCode().equals(o.unitCode())).toList();
					List<Officer> pool = ofUnit.size() >= 2 ? ofUnit : officers;
					int a = random.nextInt(pool.size());
					int b = (a + 1 + random.nextInt(pool.size() - 1)) % pool.size();
					// accepted on a working day from December 2024 to November 2025; most
					// decided within the promised limit, some beyond it, a few beyond the
					// statutory one; one in twenty extended (XK-42)
					LocalDate accepted;
					LocalDate decided;
					int extension = random.nextInt(20) == 0 ? CaseDeadlines.EXTENSION_DAYS : 0;
					TimeLimit statutory = CaseDeadlines.DECISION_LIMIT;
					TimeLimit promised = item.promisedLimit() != null
							&& item.promisedLimit().unit() == DayUnit.WORKING_DAYS ? item.promisedLimit()
									: new TimeLimit(10, DayUnit.WORKING_DAYS);
					do {
						accepted = days.addWorkingDays(LocalDate.of(2024, 11, 30), 1 + random.nextInt(250));
						int roll = random.nextInt(100);
						int taken = roll < 85 ? 1 + random.nextInt(promised.amount())
								: roll < 97 ? promised.amount() + 1 + random.nextInt(10)
										: statutory.amount() + extension + 1 + random.nextInt(5);
						decided = days.addWorkingDays(accepted, taken);
						if (random.nextInt(50) == 0) {
							// decided on a rest day now and then (an urgent case)
							decided = decided.plusDays(1 + random.nextInt(2));
						}
					}
					while (decided.isBefore(FROM) || decided.isAfter(TO));
					LocalDate received = accepted.minusDays(random.nextInt(3));
					UUID id = new UUID(0x5a11_0000_0000_0000L | i, random.nextLong());
					CaseDeadlines deadlines = new CaseDeadlines(received, accepted, statutory, promised, extension,
							List.of(), decided, decided, HandlingMode.ORDINARY);
					ObjectNode c = content.deepCopy();
					c.set("id", json.valueToTree(new CaseId(id)));
					c.set("item", itemJson.get(item.code()));
					c.set("officers", json.valueToTree(List.of(pool.get(a).id(), pool.get(b).id())));
					c.set("deadlines", json.valueToTree(deadlines));
					String number = String.format("XK-B%d-%06d", decided.getYear(), i);
					csv(cases, id, number, "b".repeat(64), item.code(), itemVersion.get(item.code()),
							template.get("applicant_kind"), "新田县示例企业" + i + "有限公司", "联系人" + i, "0746-0000000",
							template.get("state"), received, 8, c, false, now, now);
					ObjectNode d = decidedEvent.deepCopy();
					d.put("decidedOn", decided.toString());
					d.put("granted", random.nextInt(20) != 0);
					d.put("major", item.majorDecision() && random.nextInt(4) == 0);
					csv(events, id, 6, "CaseDecided", d, "officer1", now);
					if (siteEvent != null && item.mediaRecordRequired()) {
						ObjectNode s = siteEvent.deepCopy();
						s.put("inspectedOn", days.addWorkingDays(accepted, 1).toString());
						csv(events, id, 4, "SiteInspectionRecorded", s, "officer1", now);
					}
				}
				copy.copyIn("copy casework_case (" + caseColumns + ") from stdin (format csv)",
						new StringReader(cases.toString()));
				copy.copyIn("copy casework_event (" + eventColumns + ") from stdin (format csv)",
						new StringReader(events.toString()));
			}
		}
	}

	private static void csv(StringBuilder out, Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.append(',');
			}
			if (values[i] != null) {
				out.append('"').append(values[i].toString().replace("\"", "\"\"")).append('"');
			}
		}
		out.append('\n');
	}

}
