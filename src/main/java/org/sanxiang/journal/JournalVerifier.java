package org.sanxiang.journal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Deque;
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

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

import org.springframework.jdbc.core.ConnectionCallback;
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
 * order, as a binary COPY on the transaction's connection, and checked in blocks of
 * {@value #BLOCK} entries on every core: a block is a perfect subtree of the log, so each
 * worker hashes its leaves and the block's subtree on its own, and only the blocks' roots
 * are joined in order. The findings are taken block by block in sequence order, so the
 * first mismatch named is the same as if the entries were checked one after another.
 */
@Component
class JournalVerifier {

	/** Entries per unit of work: 2^12, a perfect subtree. */
	private static final int BLOCK_LEVEL = 12;

	private static final int BLOCK = 1 << BLOCK_LEVEL;

	private static final HexFormat HEX = HexFormat.of();

	/**
	 * The entries, each with the level-0 node the tree was built from (where the entry is
	 * integrated), in order.
	 */
	private static final String COPY = """
			copy (select e.seq, e.at, e.actor, e.case_id, e.type, e.entry, e.leaf_hash, n.hash
			from journal_entry e left join journal_node n on n.level = 0 and n.idx = e.seq
			order by e.seq) to stdout with (format binary)""";

	private final JournalEntries entries;

	private final CanonicalJson canonical;

	private final JournalSettings settings;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	/**
	 * The result of the latest run on any node (nightly, API or console), for health and
	 * the metrics.
	 */
	private final LastVerification last;

	JournalVerifier(JournalEntries entries, CanonicalJson canonical, JournalSettings settings, JdbcTemplate jdbc,
			Clock clock, LastVerification last) {
		this.last = last;
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
			Run run = new Run(this.settings.algorithm(), this.entries.treeHeads(), this.entries.publicKeys(), workers,
					2 * threads);
			// COPY streams the rows in PostgreSQL's binary form, one message each, on
			// this
			// transaction's connection (so it sees what the transaction sees); the
			// workers
			// take them apart, and this thread only receives
			this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
				CopyOut copy = connection.unwrap(PGConnection.class).getCopyAPI().copyOut(COPY);
				try {
					byte[] message = copy.readFromCopy();
					if (message != null) {
						message = withoutHeader(message);
					}
					while (message != null) {
						if (!run.finished() && !isTrailer(message)) {
							run.add(message);
						}
						// to the end even after a mismatch, so the connection stays in
						// step (a cancel would reach the server asynchronously)
						message = copy.readFromCopy();
					}
				}
				finally {
					while (copy.isActive() && copy.readFromCopy() != null) {
						// drained after a failure
					}
				}
				return null;
			});
			JournalVerification result = run.end();
			this.last.store(result);
			return result;
		}
		finally {
			workers.shutdownNow();
		}
	}

	/** The result of the latest run on any node, if any. */
	Optional<JournalVerification> last() {
		return this.last.load();
	}

	/**
	 * One stored entry, its text as the UTF-8 bytes that were hashed (PostgreSQL sends
	 * text in the connection's encoding, UTF-8).
	 */
	private record Row(long seq, Instant at, byte[] actor, UUID caseId, byte[] type, byte[] entry, byte[] leafHash,
			byte[] treeLeaf) {

		String actorText() {
			return new String(this.actor, StandardCharsets.UTF_8);
		}

		String typeText() {
			return new String(this.type, StandardCharsets.UTF_8);
		}

	}

	/** Seconds from 1970 to PostgreSQL's epoch, 2000-01-01T00:00:00Z. */
	private static final long PG_EPOCH = 946_684_800L;

	/**
	 * The binary COPY header (signature, flags, extension) cut from the first message.
	 */
	private static byte[] withoutHeader(byte[] message) {
		ByteBuffer in = ByteBuffer.wrap(message);
		in.position(11 + 4);
		int extension = in.getInt();
		return Arrays.copyOfRange(message, 11 + 4 + 4 + extension, message.length);
	}

	/** The last message of a binary COPY: a field count of -1. */
	private static boolean isTrailer(byte[] message) {
		return message.length == 2 && message[0] == -1 && message[1] == -1;
	}

	/**
	 * One row of the binary COPY: the field count, then each field's length (-1 for null)
	 * and bytes: int8, timestamptz as microseconds since 2000, varchar, uuid, varchar,
	 * text, bytea, bytea.
	 */
	private static Row row(byte[] message) {
		ByteBuffer in = ByteBuffer.wrap(message);
		if (in.getShort() != 8) {
			throw new IllegalStateException("unexpected row from the journal's COPY");
		}
		in.getInt();
		long seq = in.getLong();
		in.getInt();
		long micros = in.getLong();
		Instant at = Instant.ofEpochSecond(PG_EPOCH + Math.floorDiv(micros, 1_000_000L),
				Math.floorMod(micros, 1_000_000L) * 1_000L);
		byte[] actor = field(in);
		UUID caseId = null;
		if (in.getInt() == 16) {
			caseId = new UUID(in.getLong(), in.getLong());
		}
		return new Row(seq, at, actor, caseId, field(in), field(in), field(in), field(in));
	}

	private static byte[] field(ByteBuffer in) {
		int length = in.getInt();
		if (length < 0) {
			return null;
		}
		byte[] bytes = new byte[length];
		in.get(bytes);
		return bytes;
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

		/**
		 * The signing keys, read before the COPY: its connection answers nothing else
		 * until the COPY ends.
		 */
		private final Map<String, byte[]> keys;

		private byte[][] block = new byte[BLOCK][];

		private int filled;

		private long blockStart;

		/** The next head to give a block to, and the next head to verify. */
		private int plannedHead;

		private int nextHead;

		private long verifiedEntries;

		private long verifiedHeads;

		private JournalVerification mismatch;

		Run(HashAlgorithm algorithm, List<TreeHead> heads, Map<String, byte[]> keys, ExecutorService workers,
				int maxInFlight) {
			this.algorithm = algorithm;
			this.keys = keys;
			this.heads = heads;
			this.workers = workers;
			this.maxInFlight = maxInFlight;
			this.checked = new Subtrees(algorithm);
		}

		boolean finished() {
			return this.mismatch != null;
		}

		void add(byte[] row) {
			this.block[this.filled++] = row;
			if (this.filled == BLOCK) {
				submit();
			}
		}

		private void submit() {
			byte[][] rows = this.block;
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
			this.block = new byte[BLOCK][];
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
			byte[] key = this.keys.get(head.keyId());
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
	 * columns, the tree's stored leaf; then hashes the block's perfect subtrees, with one
	 * hasher for the whole block.
	 */
	private Checked check(HashAlgorithm algorithm, byte[][] rows, int size, long start, long[] headSizes) {
		HashAlgorithm.Hasher hasher = algorithm.hasher();
		byte[][] leaves = new byte[size][];
		int problemAt = -1;
		String problem = null;
		for (int i = 0; i < size && problem == null; i++) {
			Row entry = row(rows[i]);
			long expected = start + i;
			if (entry.seq() != expected) {
				problem = "第 " + expected + " 条记录缺失（序号不连续，下一条为第 " + entry.seq() + " 条）";
			}
			else {
				byte[] leaf = hash(hasher, LEAF, entry.entry(), null);
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
				leaves[i] = leaf;
			}
			if (problem != null) {
				problemAt = i;
			}
		}
		int good = (problemAt < 0) ? size : problemAt;
		byte[][][] levels = levels(hasher, leaves, good);
		List<byte[]> headRoots = new ArrayList<>();
		for (int h = 0; h < headSizes.length && headSizes[h] <= start + good; h++) {
			headRoots.add(prefixRoot(hasher, levels, (int) (headSizes[h] - start)));
		}
		return new Checked(start, size, problemAt, problem, headSizes, headRoots.toArray(byte[][]::new),
				(good == BLOCK) ? levels[BLOCK_LEVEL][0] : null);
	}

	private static final byte[] LEAF = { 0x00 };

	private static final byte[] NODE = { 0x01 };

	/** H(prefix ‖ a ‖ b) as RFC 9162 §2.1.1 has it: a leaf (0x00) or a node (0x01). */
	private static byte[] hash(HashAlgorithm.Hasher hasher, byte[] prefix, byte[] a, byte[] b) {
		hasher.update(prefix, 0, 1);
		hasher.update(a, 0, a.length);
		if (b != null) {
			hasher.update(b, 0, b.length);
		}
		return hasher.digest();
	}

	/**
	 * The perfect subtrees over the first {@code count} leaves, level by level:
	 * {@code levels[l][i]} covers leaves {@code [i·2^l, (i+1)·2^l)}.
	 */
	private static byte[][][] levels(HashAlgorithm.Hasher hasher, byte[][] leaves, int count) {
		List<byte[][]> levels = new ArrayList<>();
		byte[][] level = Arrays.copyOf(leaves, count);
		levels.add(level);
		while (level.length > 1) {
			byte[][] up = new byte[level.length / 2][];
			for (int i = 0; i < up.length; i++) {
				up[i] = hash(hasher, NODE, level[2 * i], level[2 * i + 1]);
			}
			levels.add(up);
			level = up;
		}
		return levels.toArray(byte[][][]::new);
	}

	/**
	 * The root of the block's first {@code count} leaves: its perfect subtrees, one per
	 * 1-bit of {@code count}, joined from the right.
	 */
	private static byte[] prefixRoot(HashAlgorithm.Hasher hasher, byte[][][] levels, int count) {
		Deque<byte[]> subtrees = new ArrayDeque<>();
		int covered = 0;
		for (int level = levels.length - 1; level >= 0; level--) {
			if ((count & (1 << level)) != 0) {
				subtrees.addLast(levels[level][covered >> level]);
				covered += 1 << level;
			}
		}
		byte[] root = subtrees.removeLast();
		while (!subtrees.isEmpty()) {
			root = hash(hasher, NODE, subtrees.removeLast(), root);
		}
		return root;
	}

	private String columnsProblem(Row entry) {
		if (CanonicalJson.isEntryOf(entry.entry(), entry.seq(), entry.at(), entry.actor(), entry.caseId(),
				entry.type())) {
			return null;
		}
		// not plainly the service's own text: read it as a tree to say which column
		// differs
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
		if (!fields.path("actor").asString("").equals(entry.actorText())) {
			return "操作人";
		}
		if (!fields.path("type").asString("").equals(entry.typeText())) {
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
