package org.sanxiang.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import tools.jackson.databind.JsonNode;

import org.sanxiang.journal.integrity.HashAlgorithm;
import org.sanxiang.journal.integrity.TreeFrontier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes everything from the stored entries and compares (JL-1, 可回溯): each leaf
 * against its entry text, the entry's own fields against its columns, the sequence for
 * gaps, the leaves the tree was built from, and every signed tree head's root and
 * signature. The first entry that no longer matches is named; an entry rewritten together
 * with its leaf hash is still caught by the tree's stored leaves and, failing that, by
 * the signed heads, which nobody without the key can re-sign.
 *
 * <p>
 * A million entries are a few hundred megabytes of text, so the journal is read once, in
 * order, through a server-side cursor, and checked in blocks of {@value #BLOCK} entries
 * on every core: a block is a perfect subtree of the log, so each worker hashes its
 * leaves and the block's subtree on its own, and only the blocks' roots are joined in
 * order. The findings are taken block by block in sequence order, so the first mismatch
 * named is the same as if the entries were checked one after another.
 */
@Component
class JournalVerifier {

	/** Entries per unit of work: 2^12, a perfect subtree. */
	private static final int BLOCK_LEVEL = 12;

	private static final int BLOCK = 1 << BLOCK_LEVEL;

	/** Rows per round trip of the cursor. */
	private static final int FETCH = 5_000;

	private static final HexFormat HEX = HexFormat.of();

	/**
	 * The entries, each with the level-0 node the tree was built from (where the entry is
	 * integrated), in order.
	 */
	private static final String ENTRIES = """
			select e.seq, e.at, e.actor, e.case_id, e.type, e.entry, e.leaf_hash, n.hash
			from journal_entry e left join journal_node n on n.level = 0 and n.idx = e.seq
			order by e.seq""";

	private final JournalEntries entries;

	private final CanonicalJson canonical;

	private final JournalSettings settings;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	JournalVerifier(JournalEntries entries, CanonicalJson canonical, JournalSettings settings, JdbcTemplate jdbc,
			Clock clock) {
		this.entries = entries;
		this.canonical = canonical;
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	JournalVerification verify() {
		this.entries.flushPending();
		int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
		ExecutorService workers = Executors.newFixedThreadPool(threads, (task) -> {
			Thread thread = new Thread(task, "journal-verify");
			thread.setDaemon(true);
			return thread;
		});
		try {
			Run run = new Run(this.settings.algorithm(), this.entries.treeHeads(), workers, 2 * threads);
			// in a transaction with a fetch size, PostgreSQL streams the rows through a
			// cursor instead of sending them all at once
			this.jdbc.query((connection) -> {
				var statement = connection.prepareStatement(ENTRIES);
				statement.setFetchSize(FETCH);
				return statement;
			}, (ResultSet rs) -> {
				while (!run.finished() && rs.next()) {
					run.add(row(rs));
				}
				return null;
			});
			return run.end();
		}
		finally {
			workers.shutdownNow();
		}
	}

	/** One stored entry as read, its text as the UTF-8 bytes that were hashed. */
	private record Row(long seq, Instant at, String actor, UUID caseId, String type, byte[] entry, byte[] leafHash,
			byte[] treeLeaf) {
	}

	private static Row row(ResultSet rs) throws SQLException {
		// the text column's bytes as sent: UTF-8, the encoding the leaf was hashed in
		return new Row(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getObject(4, UUID.class),
				rs.getString(5), rs.getBytes(6), rs.getBytes(7), rs.getBytes(8));
	}

	/**
	 * What a worker found in one block: where the first problem is ({@code -1} for none)
	 * and what it is, the roots of the block's first entries up to each signed head that
	 * ends in the block (before the problem), and the block's subtree when it is whole.
	 */
	private record Checked(long start, int size, int problemAt, String problem, long[] headSizes, byte[][] headRoots,
			byte[] root) {
	}

	/**
	 * One verification: reads blocks in, hands them out, and takes the results in order.
	 */
	private final class Run {

		private final HashAlgorithm algorithm;

		private final List<TreeHead> heads;

		private final ExecutorService workers;

		private final int maxInFlight;

		private final Deque<Future<Checked>> inFlight = new ArrayDeque<>();

		/** The whole blocks checked so far, as perfect subtrees. */
		private final Subtrees checked;

		private final Map<String, Optional<byte[]>> keys = new HashMap<>();

		private Row[] block = new Row[BLOCK];

		private int filled;

		private long blockStart;

		/** The next head to give a block to, and the next head to verify. */
		private int plannedHead;

		private int nextHead;

		private long verifiedEntries;

		private long verifiedHeads;

		private JournalVerification mismatch;

		Run(HashAlgorithm algorithm, List<TreeHead> heads, ExecutorService workers, int maxInFlight) {
			this.algorithm = algorithm;
			this.heads = heads;
			this.workers = workers;
			this.maxInFlight = maxInFlight;
			this.checked = new Subtrees(algorithm);
		}

		boolean finished() {
			return this.mismatch != null;
		}

		void add(Row row) {
			this.block[this.filled++] = row;
			if (this.filled == BLOCK) {
				submit();
			}
		}

		private void submit() {
			Row[] rows = this.block;
			int size = this.filled;
			long start = this.blockStart;
			// the heads that end in this block, in order (as the one-by-one check would
			// meet them)
			List<Long> sizes = new ArrayList<>();
			while (this.plannedHead < this.heads.size() && this.heads.get(this.plannedHead).size() > start
					&& this.heads.get(this.plannedHead).size() <= start + size) {
				sizes.add(this.heads.get(this.plannedHead++).size());
			}
			long[] headSizes = sizes.stream().mapToLong(Long::longValue).toArray();
			this.inFlight.add(this.workers.submit(() -> check(this.algorithm, rows, size, start, headSizes)));
			this.block = new Row[BLOCK];
			this.filled = 0;
			this.blockStart += size;
			while (this.inFlight.size() >= this.maxInFlight && this.mismatch == null) {
				take(this.inFlight.poll());
			}
		}

		/** The findings of the next block in order. */
		private void take(Future<Checked> future) {
			Checked block = result(future);
			int upTo = (block.problemAt() < 0) ? block.size() : block.problemAt();
			for (int h = 0; h < block.headRoots().length && block.headSizes()[h] <= block.start() + upTo; h++) {
				TreeHead head = this.heads.get(this.nextHead);
				String problem = headProblem(head, this.checked.rootWith(block.headRoots()[h]));
				if (problem != null) {
					this.mismatch = mismatch(firstOfHead(this.heads, head), this.verifiedHeads, problem);
					return;
				}
				this.verifiedHeads++;
				this.nextHead++;
			}
			if (block.problemAt() >= 0) {
				long seq = block.start() + block.problemAt();
				this.mismatch = mismatch(seq, this.verifiedHeads, block.problem());
				return;
			}
			if (block.size() == BLOCK) {
				this.checked.add(BLOCK_LEVEL, block.root());
			}
			this.verifiedEntries = block.start() + block.size();
		}

		JournalVerification end() {
			if (this.mismatch == null && this.filled > 0) {
				submit();
			}
			while (this.mismatch == null && !this.inFlight.isEmpty()) {
				take(this.inFlight.poll());
			}
			this.inFlight.forEach((future) -> future.cancel(true));
			if (this.mismatch != null) {
				return this.mismatch;
			}
			if (this.nextHead < this.heads.size()) {
				TreeHead head = this.heads.get(this.nextHead);
				return mismatch(this.verifiedEntries, this.verifiedHeads,
						"签名树头记载 " + head.size() + " 条记录，但日志只有 " + this.verifiedEntries + " 条（记录被删除）");
			}
			return new JournalVerification(this.verifiedEntries, this.verifiedHeads, null, JournalVerification.INTACT,
					JournalVerifier.this.clock.instant());
		}

		private String headProblem(TreeHead head, byte[] computedRoot) {
			if (!MessageDigest.isEqual(computedRoot, HEX.parseHex(head.root()))) {
				return "重新计算的 " + head.size() + " 条记录的树根 " + HEX.formatHex(computedRoot) + " 与签名树头的树根 " + head.root()
						+ " 不符";
			}
			byte[] key = this.keys.computeIfAbsent(head.keyId(), JournalVerifier.this.entries::publicKey).orElse(null);
			if (key == null) {
				return head.size() + " 条记录的树头由未知密钥 " + head.keyId() + " 签名";
			}
			if (!SigningKey.verify(key, head.signedText().getBytes(StandardCharsets.UTF_8),
					Base64.getDecoder().decode(head.signature()))) {
				return head.size() + " 条记录的树头签名无效";
			}
			return null;
		}

	}

	private static Checked result(Future<Checked> future) {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("journal verification interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("journal verification failed", ex.getCause());
		}
	}

	/**
	 * Checks the entries of one block in order, as far as the first problem: place, leaf,
	 * columns, the tree's stored leaf; hashes the block's subtree on the way.
	 */
	private Checked check(HashAlgorithm algorithm, Row[] rows, int size, long start, long[] headSizes) {
		TreeFrontier frontier = TreeFrontier.empty(algorithm);
		byte[][] headRoots = new byte[headSizes.length][];
		int h = 0;
		for (int i = 0; i < size; i++) {
			Row entry = rows[i];
			long expected = start + i;
			String problem = null;
			byte[] leaf = null;
			if (entry.seq() != expected) {
				problem = "第 " + expected + " 条记录缺失（序号不连续，下一条为第 " + entry.seq() + " 条）";
			}
			else {
				leaf = algorithm.leaf(entry.entry());
				if (!MessageDigest.isEqual(leaf, entry.leafHash())) {
					problem = "第 " + expected + " 条记录的内容与其叶哈希不符（记录被改动）";
				}
				else {
					String columns = columnsProblem(entry);
					if (columns != null) {
						problem = "第 " + expected + " 条记录的" + columns + "与记录内容不符";
					}
					else if (entry.treeLeaf() != null && !MessageDigest.isEqual(leaf, entry.treeLeaf())) {
						problem = "第 " + expected + " 条记录与已签入树头的叶子不符（记录和叶哈希被一并改动）";
					}
				}
			}
			if (problem != null) {
				return new Checked(start, size, i, problem, headSizes, java.util.Arrays.copyOf(headRoots, h), null);
			}
			frontier.append(leaf);
			while (h < headSizes.length && headSizes[h] == expected + 1) {
				headRoots[h++] = frontier.root();
			}
		}
		return new Checked(start, size, -1, null, headSizes, headRoots, (size == BLOCK) ? frontier.root() : null);
	}

	private String columnsProblem(Row entry) {
		CanonicalJson.Fields fields = this.canonical.fields(entry.entry());
		if (fields != null && fields.seq() == entry.seq() && fields.actor().equals(entry.actor())
				&& fields.type().equals(entry.type()) && fields.at().equals(entry.at().toString())
				&& Objects.equals(fields.caseId(), (entry.caseId() == null) ? null : entry.caseId().toString())) {
			return null;
		}
		// not plainly matching: read it as a tree to say which column differs
		return columnsProblem(new String(entry.entry(), StandardCharsets.UTF_8), entry);
	}

	private String columnsProblem(String text, Row entry) {
		JsonNode fields;
		try {
			fields = this.canonical.read(text);
		}
		catch (RuntimeException ex) {
			return "内容（不是有效的 JSON）";
		}
		if (fields.path("seq").asLong(-1) != entry.seq()) {
			return "序号";
		}
		if (!fields.path("actor").asString("").equals(entry.actor())) {
			return "操作人";
		}
		if (!fields.path("type").asString("").equals(entry.type())) {
			return "事件类型";
		}
		if (!fields.path("at").asString("").equals(entry.at().toString())) {
			return "时间";
		}
		String caseId = fields.hasNonNull("case") ? fields.get("case").asString() : null;
		if (!Objects.equals(caseId, entry.caseId() == null ? null : entry.caseId().toString())) {
			return "案件";
		}
		return null;
	}

	/**
	 * The right edge of the log's whole blocks (perfect subtrees of decreasing level), so
	 * that the root at any head is the edge folded onto the root of the head's block up
	 * to the head (RFC 9162 §2.1.1: the tree of n leaves is its perfect subtrees joined
	 * from the right).
	 */
	private static final class Subtrees {

		private final HashAlgorithm algorithm;

		private final Deque<byte[]> hashes = new ArrayDeque<>();

		private final Deque<Integer> levels = new ArrayDeque<>();

		Subtrees(HashAlgorithm algorithm) {
			this.algorithm = algorithm;
		}

		void add(int level, byte[] hash) {
			while (!this.levels.isEmpty() && this.levels.peekLast() == level) {
				this.levels.removeLast();
				hash = this.algorithm.node(this.hashes.removeLast(), hash);
				level++;
			}
			this.levels.addLast(level);
			this.hashes.addLast(hash);
		}

		/** The root of these subtrees followed by one more, smaller one on the right. */
		byte[] rootWith(byte[] right) {
			byte[] root = right;
			var fromRight = this.hashes.descendingIterator();
			while (fromRight.hasNext()) {
				root = this.algorithm.node(fromRight.next(), root);
			}
			return root;
		}

	}

	/** The first entry a bad head covers that the previous good head did not. */
	private static long firstOfHead(List<TreeHead> heads, TreeHead bad) {
		long previous = 0;
		for (TreeHead head : heads) {
			if (head == bad) {
				return previous;
			}
			previous = head.size();
		}
		return previous;
	}

	private JournalVerification mismatch(long seq, long verifiedHeads, String detail) {
		return new JournalVerification(seq, verifiedHeads, seq, detail, this.clock.instant());
	}

}
