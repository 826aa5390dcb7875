package org.sanxiang.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.bouncycastle.crypto.digests.SM3Digest;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

import org.sanxiang.SanxiangApplication;
import org.sanxiang.journal.Journal;
import org.sanxiang.journal.JournalBenchDriver;
import org.sanxiang.journal.JournalVerification;
import org.sanxiang.journal.TreeHead;
import org.sanxiang.journal.integrity.HashAlgorithm;
import org.sanxiang.journal.integrity.MerkleTree;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Journal benchmarks of issue 5 ("Tests and benchmarks" b, c, d) in one run on embedded
 * PostgreSQL with fsync on:
 * <ul>
 * <li>(b) {@code Journal.append} of N events through the service layer, a fixed number
 * per transaction, against a plain JDBC batch insert of the same rows with the same
 * commits into a scratch table (target ratio ≥ 0.5);</li>
 * <li>(c) {@code JournalVerifier.verify} of the whole journal (filled up to M entries,
 * with signed heads) against raw SM3 over the same entry bytes, read once into memory,
 * one thread (target ratio ≥ 0.5);</li>
 * <li>(d) latency of {@code Journal.inclusionProof} at M entries over random sequence
 * numbers (target p99 &lt; 5 ms).</li>
 * </ul>
 *
 * <p>
 * Not a test: run it with {@code bench/journal} (see {@code bench/README.md}). System
 * properties: {@code bench.n} (appended events, default 100000), {@code bench.verify.n}
 * (entries verified, default 1000000), {@code bench.batch} (events per transaction,
 * default 100), {@code bench.proofs} (default 10000).
 */
public final class JournalBench {

	private static final HexFormat HEX = HexFormat.of();

	/** Events of one case: a licensing lifecycle records eight transitions. */
	private static final int EVENTS_PER_CASE = 8;

	/** Entries appended per transaction while filling the journal for (c) and (d). */
	private static final int FILL_BATCH = 10_000;

	/** Rounds in which the two sides of (b), and of (c), take turns. */
	private static final int ROUNDS = 10;

	/** A tree head is signed every so many entries while filling (the job would too). */
	private static final int HEAD_EVERY = 100_000;

	private static final List<String> STATES = List.of("Received", "Accepted", "OfficersAssigned", "SiteInspected",
			"OpinionGiven", "Granted", "Delivered", "Archived");

	private JournalBench() {
	}

	/**
	 * A transition of a licensing case as a module would publish it: about the size of
	 * the platform's own events (case number, item, states, officers, a note in Chinese).
	 */
	record CaseTransitioned(UUID caseId, String caseNumber, String itemCode, String itemName, String from, String to,
			List<String> officers, String note, LocalDate dueOn, int revision) {
	}

	static CaseTransitioned event(long i, UUID caseId) {
		int step = (int) (i % EVENTS_PER_CASE);
		return new CaseTransitioned(caseId, "XK-20260601-" + (i / EVENTS_PER_CASE), "XK-002", "固定资产投资项目节能审查",
				STATES.get(Math.max(0, step - 1)), STATES.get(step), List.of("O-003", "O-004"),
				"第 " + i + " 项：项目现场与申报材料一致，符合节能审查条件", LocalDate.of(2026, 6, 1).plusDays(step), step);
	}

	public static void main(String[] args) throws Exception {
		int appendN = Integer.getInteger("bench.n", 100_000);
		int verifyN = Integer.getInteger("bench.verify.n", 1_000_000);
		int batch = Integer.getInteger("bench.batch", 100);
		int proofs = Integer.getInteger("bench.proofs", 10_000);
		int warmup = Math.min(5_000, appendN / 10) / batch * batch;
		Path dir = Files.createTempDirectory("sanxiang-bench-");
		System.out.printf("基准：追加 %d 条（每事务 %d 条，预热 %d 条），校验 %d 条，证明 %d 次；嵌入式 PostgreSQL 数据目录 %s%n", appendN, batch,
				warmup, verifyN, proofs, dir.resolve("pg"));
		// as command-line arguments: they must win over application.properties
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SanxiangApplication.class).run(
				"--sanxiang.embedded-db.data-dir=" + dir.resolve("pg"), "--sanxiang.demo.enabled=true",
				"--sanxiang.journal.keystore=" + dir.resolve("journal/signing-key.p12"),
				// the harness signs the heads itself, at fixed points
				"--sanxiang.journal.tree-head-interval=365d", "--sanxiang.journal.tree-head-initial-delay=365d",
				"--server.port=0", "--spring.datasource.url=", "--logging.level.root=WARN",
				"--logging.level.org.sanxiang=WARN", "--spring.main.banner-mode=off")) {
			DataSource dataSource = context.getBean(DataSource.class);
			JdbcTemplate jdbc = new JdbcTemplate(dataSource);
			System.out.println("PostgreSQL: fsync=" + jdbc.queryForObject("show fsync", String.class)
					+ ", synchronous_commit=" + jdbc.queryForObject("show synchronous_commit", String.class)
					+ ", full_page_writes=" + jdbc.queryForObject("show full_page_writes", String.class));
			Journal journal = context.getBean(Journal.class);
			// both sides commit through the application's own transaction manager
			TransactionTemplate service = context.getBean(TransactionTemplate.class);

			Append append = append(journal, service, jdbc, appendN, batch, warmup);
			Verify verify = verify(journal, JournalBenchDriver.of(context), service, jdbc, verifyN);
			Proofs proof = proofs(journal, proofs);
			report(appendN, batch, append, verify, proof);
		}
		finally {
			// the scratch database is the benchmark's own; nothing in it is kept
			try (Stream<Path> paths = Files.walk(dir)) {
				paths.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
			}
		}
	}

	// --- (b) append ---

	record Append(double platformSeconds, double baselineSeconds) {
	}

	/**
	 * Alternates the two sides in {@value #ROUNDS} rounds (the service appends a tenth of
	 * the events, then the baseline inserts those very rows again), so that both meet the
	 * same disk and the same neighbours on a shared machine; the times are summed.
	 */
	static Append append(Journal journal, TransactionTemplate service, JdbcTemplate jdbc, int n, int batch,
			int warmup) {
		jdbc.execute("drop table if exists bench_journal_entry");
		jdbc.execute("create table bench_journal_entry (like journal_entry including all)");
		String columns = "seq, at, actor, case_id, type, entry, leaf_hash";
		String insert = "insert into bench_journal_entry (" + columns + ") values (?, ?, ?, ?, ?, ?, ?)";
		double platform = 0;
		double baseline = 0;
		int perRound = (n / ROUNDS) / batch * batch;
		long done = 0;
		for (int round = -1; round < ROUNDS; round++) { // round -1 warms both up
			int events = (round < 0) ? warmup : (round == ROUNDS - 1) ? n - (int) done : perRound;
			long first = journal.size();
			long t0 = System.nanoTime();
			appendThroughJournal(journal, service, (round < 0) ? 0 : warmup + done, events, batch);
			double p = (System.nanoTime() - t0) / 1e9;
			// the very rows the service just wrote, inserted again with plain JDBC and
			// the
			// same commits
			List<Object[]> rows = jdbc.query("select " + columns + " from journal_entry where seq >= ? order by seq",
					(rs, i) -> new Object[] { rs.getLong(1), rs.getTimestamp(2), rs.getString(3), rs.getObject(4),
							rs.getString(5), rs.getString(6), rs.getBytes(7) },
					first);
			t0 = System.nanoTime();
			insertBatches(jdbc, service, insert, rows, batch);
			double b = (System.nanoTime() - t0) / 1e9;
			if (round >= 0) {
				platform += p;
				baseline += b;
				done += events;
			}
		}
		System.out.printf(Locale.ROOT, "(b) Journal.append      %8d 条 %8.2f s%n", done, platform);
		System.out.printf(Locale.ROOT, "(b) plain JDBC batch    %8d 条 %8.2f s%n", done, baseline);
		jdbc.execute("drop table bench_journal_entry");
		return new Append(platform, baseline);
	}

	/** Events {@code [from, from + n)} of the workload, {@code batch} per transaction. */
	static void appendThroughJournal(Journal journal, TransactionTemplate service, long from, long n, int batch) {
		for (long start = from; start < from + n; start += batch) {
			long begin = start;
			long end = Math.min(from + n, start + batch);
			service.executeWithoutResult((status) -> {
				for (long i = begin; i < end; i++) {
					UUID caseId = new UUID(0x5358L, i / EVENTS_PER_CASE);
					journal.append("officer1", caseId, "CaseTransitioned", event(i, caseId));
				}
			});
		}
	}

	static void insertBatches(JdbcTemplate jdbc, TransactionTemplate tx, String insert, List<Object[]> rows,
			int batch) {
		for (int start = 0; start < rows.size(); start += batch) {
			List<Object[]> chunk = rows.subList(start, Math.min(rows.size(), start + batch));
			tx.executeWithoutResult((status) -> jdbc.batchUpdate(insert, chunk));
		}
	}

	// --- (c) verification ---

	record Verify(long entries, long bytes, long heads, double fillSeconds, double verifySeconds, double sm3Seconds,
			double sm3PerEntrySeconds, JournalVerification result) {
	}

	static Verify verify(Journal journal, JournalBenchDriver driver, TransactionTemplate service, JdbcTemplate jdbc,
			int target) {
		long t0 = System.nanoTime();
		long size = journal.size();
		journal.signTreeHead();
		while (size < target) {
			long next = Math.min(target, (size / HEAD_EVERY + 1) * HEAD_EVERY);
			appendThroughJournal(journal, service, size, next - size, FILL_BATCH);
			journal.signTreeHead();
			size = journal.size();
		}
		double fill = (System.nanoTime() - t0) / 1e9;
		System.out.printf(Locale.ROOT, "(c) 填充至 %d 条并签发树头 %8.2f s%n", size, fill);
		// settled, as the nightly run finds it: hint bits set, statistics fresh, nothing
		// dirty left for the checkpointer to write while the verifier reads
		jdbc.execute("vacuum analyze journal_entry");
		jdbc.execute("vacuum analyze journal_node");
		jdbc.execute("checkpoint");

		// the same bytes the verifier hashes, read once into memory
		List<byte[]> entries = new ArrayList<>((int) size);
		jdbc.query("select entry from journal_entry order by seq", (rs) -> {
			entries.add(rs.getString(1).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		});
		long bytes = entries.stream().mapToLong((e) -> e.length).sum();
		driver.verify(); // warm-up
		// the best of three each, taking turns so that both meet the same neighbours
		double sm3 = Double.MAX_VALUE;
		double sm3PerEntry = Double.MAX_VALUE;
		double seconds = Double.MAX_VALUE;
		double read = Double.MAX_VALUE;
		JournalVerification result = null;
		byte[] out = new byte[32];
		for (int round = 0; round < 3; round++) {
			SM3Digest digest = new SM3Digest();
			long s0 = System.nanoTime();
			for (byte[] entry : entries) {
				digest.update(entry, 0, entry.length);
			}
			digest.doFinal(out, 0);
			sm3 = Math.min(sm3, (System.nanoTime() - s0) / 1e9);
			s0 = System.nanoTime();
			for (byte[] entry : entries) {
				digest.update(entry, 0, entry.length);
				digest.doFinal(out, 0);
			}
			sm3PerEntry = Math.min(sm3PerEntry, (System.nanoTime() - s0) / 1e9);
			t0 = System.nanoTime();
			result = driver.verify();
			seconds = Math.min(seconds, (System.nanoTime() - t0) / 1e9);
			read = Math.min(read, readOnly(jdbc, service));
		}
		entries.clear();
		if (!result.intact() || result.verifiedEntries() != size) {
			throw new IllegalStateException("verification failed: " + result);
		}
		System.out.printf(Locale.ROOT, "(c) JournalVerifier     %8d 条 %8.2f s（其中读取同一 COPY 单独需 %.2f s）%n",
				result.verifiedEntries(), seconds, read);
		return new Verify(size, bytes, result.verifiedTreeHeads(), fill, seconds, sm3, sm3PerEntry, result);
	}

	/**
	 * The verifier's COPY alone, rows received and dropped: what reading costs before any
	 * checking.
	 */
	static double readOnly(JdbcTemplate jdbc, TransactionTemplate service) {
		long t0 = System.nanoTime();
		service.executeWithoutResult((status) -> jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			CopyOut copy = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyOut("copy (select e.seq, e.at, e.actor, e.case_id, e.type, e.entry, e.leaf_hash, n.hash "
						+ "from journal_entry e left join journal_node n on n.level = 0 and n.idx = e.seq "
						+ "order by e.seq) to stdout with (format binary)");
			while (copy.readFromCopy() != null) {
				// dropped
			}
			return null;
		}));
		return (System.nanoTime() - t0) / 1e9;
	}

	// --- (d) inclusion proofs ---

	record Proofs(long treeSize, long[] nanos) {
	}

	static Proofs proofs(Journal journal, int n) {
		TreeHead head = journal.latestTreeHead().orElseThrow();
		HashAlgorithm algorithm = journal.hashAlgorithm();
		SplittableRandom random = new SplittableRandom(5);
		for (int i = 0; i < Math.min(1000, n); i++) { // warm-up
			journal.inclusionProof(random.nextLong(head.size()), null);
		}
		long[] nanos = new long[n];
		List<Journal.InclusionProof> answers = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			long seq = random.nextLong(head.size());
			long t0 = System.nanoTime();
			answers.add(journal.inclusionProof(seq, null));
			nanos[i] = System.nanoTime() - t0;
		}
		// every answer is a proof a client would accept (checked outside the timing)
		byte[] root = HEX.parseHex(head.root());
		for (Journal.InclusionProof proof : answers) {
			if (!MerkleTree.verifyInclusion(algorithm, proof.seq(), proof.treeSize(), HEX.parseHex(proof.leafHash()),
					proof.path().stream().map(HEX::parseHex).toList(), root)) {
				throw new IllegalStateException("inclusion proof of " + proof.seq() + " does not verify");
			}
		}
		return new Proofs(head.size(), nanos);
	}

	// --- report ---

	static void report(int n, int batch, Append append, Verify verify, Proofs proofs) {
		System.out.println();
		System.out.printf(Locale.ROOT,
				"Journal benchmark (issue 5), PostgreSQL fsync on, %d cores, load average %.1f%n",
				Runtime.getRuntime().availableProcessors(),
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

		double platformRate = n / append.platformSeconds();
		double baselineRate = n / append.baselineSeconds();
		double appendRatio = platformRate / baselineRate;
		System.out.printf(Locale.ROOT, "(b) append %d events, %d per transaction (%d commits each side)%n", n, batch,
				(n + batch - 1) / batch);
		System.out.printf(Locale.ROOT, "    Journal.append       %10.0f events/s  (%.2f s)%n", platformRate,
				append.platformSeconds());
		System.out.printf(Locale.ROOT, "    plain JDBC batch     %10.0f rows/s    (%.2f s)%n", baselineRate,
				append.baselineSeconds());
		System.out.printf(Locale.ROOT, "    ratio (journal ÷ baseline) = %.2f  (target ≥ 0.5: %s)%n", appendRatio,
				appendRatio >= 0.5 ? "MET" : "NOT MET");

		double mb = verify.bytes() / 1e6;
		double verifyRate = mb / verify.verifySeconds();
		double sm3Rate = mb / verify.sm3Seconds();
		double verifyRatio = verifyRate / sm3Rate;
		System.out.printf(Locale.ROOT,
				"(c) verify %d entries (%.1f MB of entry text, %d signed heads; filled in %.1f s)%n", verify.entries(),
				mb, verify.heads(), verify.fillSeconds());
		System.out.printf(Locale.ROOT, "    JournalVerifier      %10.1f MB/s  %10.0f entries/s  (%.2f s)%n", verifyRate,
				verify.entries() / verify.verifySeconds(), verify.verifySeconds());
		System.out.printf(Locale.ROOT, "    raw SM3, 1 thread    %10.1f MB/s  (%.2f s, one stream over all entries)%n",
				sm3Rate, verify.sm3Seconds());
		System.out.printf(Locale.ROOT, "    raw SM3 per entry    %10.1f MB/s  (%.2f s, one digest per entry)%n",
				mb / verify.sm3PerEntrySeconds(), verify.sm3PerEntrySeconds());
		System.out.printf(Locale.ROOT, "    ratio (verifier ÷ raw SM3 stream) = %.2f  (target ≥ 0.5: %s)%n",
				verifyRatio, verifyRatio >= 0.5 ? "MET" : "NOT MET");

		long[] sorted = proofs.nanos().clone();
		Arrays.sort(sorted);
		double p99 = ms(sorted, 0.99);
		System.out.printf(Locale.ROOT,
				"(d) inclusion proofs at %d entries, %d random: p50 %.2f ms, p99 %.2f ms, max %.2f ms  (target p99 < 5 ms: %s)%n",
				proofs.treeSize(), sorted.length, ms(sorted, 0.50), p99, sorted[sorted.length - 1] / 1e6,
				p99 < 5 ? "MET" : "NOT MET");
	}

	static double ms(long[] sorted, double q) {
		int i = Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1);
		return sorted[Math.max(0, i)] / 1e6;
	}

}
