package org.sanxiang.journal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.sanxiang.journal.integrity.TreeFrontier;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The journal's tables. Appends are serialised by a transaction-scoped advisory lock, so
 * sequence numbers are gap-free and in commit order: the next writer reads the highest
 * {@code seq} only after the previous one has committed or rolled back.
 */
@Repository
class JournalEntries {

	/** Advisory-lock key of the journal's single writer (arbitrary, fixed). */
	private static final long APPEND_LOCK = 0x5358_4a4f_524eL;

	/** Advisory-lock key of the tree-head job, so only one node integrates at a time. */
	private static final long TREE_LOCK = 0x5358_5452_4545L;

	/** Buffered entries are written in batches of at most this many. */
	private static final int FLUSH_AT = 1000;

	private static final HexFormat HEX = HexFormat.of();

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	JournalEntries(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * Takes the writer's lock until the transaction ends; the next sequence number. The
	 * lock and the highest number are read once per transaction: later appends in the
	 * same transaction count on from there.
	 */
	long lockNext() {
		Appending appending = appending();
		if (appending != null) {
			return appending.next++;
		}
		long seq = lockAndReadNext();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			appending = new Appending(seq + 1);
			TransactionSynchronizationManager.bindResource(this, appending);
			TransactionSynchronizationManager.registerSynchronization(appending);
		}
		return seq;
	}

	/**
	 * The lock, then the highest number, as two statements sent in one round trip. They
	 * must stay two: under READ COMMITTED each statement sees what was committed when it
	 * started, and the server starts the second only once the first holds the lock, so
	 * the number read includes the previous writer's entries.
	 */
	private long lockAndReadNext() {
		Long next = this.template.execute(
				"select pg_advisory_xact_lock(?); select coalesce(max(seq) + 1, 0) from journal_entry",
				(PreparedStatement statement) -> {
					statement.setLong(1, APPEND_LOCK);
					statement.execute();
					if (!statement.getMoreResults()) {
						throw new IllegalStateException("the journal's next sequence number was not returned");
					}
					try (ResultSet rs = statement.getResultSet()) {
						rs.next();
						return rs.getLong(1);
					}
				});
		return Objects.requireNonNull(next);
	}

	/** Whether this transaction became the tree-head job's runner (never waits). */
	boolean tryLockTree() {
		return Boolean.TRUE.equals(this.jdbc.sql("select pg_try_advisory_xact_lock(:key)")
			.param("key", TREE_LOCK)
			.query(Boolean.class)
			.single());
	}

	/**
	 * Writes one entry in the current transaction. Inside a transaction the row is kept
	 * and written with the transaction's other entries in one batch just before it
	 * commits (or as soon as anything reads the journal, or every {@value #FLUSH_AT}
	 * rows): still in that transaction, so the entry commits or rolls back with the
	 * change it records (JL-1), but one round trip instead of one per entry.
	 */
	void insert(long seq, Instant at, String actor, UUID caseId, String type, String entry, byte[] leafHash) {
		Row row = new Row(seq, Timestamp.from(at), actor, caseId, type, entry, leafHash);
		Appending appending = appending();
		if (appending == null || appending.committing) {
			write(List.of(row));
			return;
		}
		appending.pending.add(row);
		if (appending.pending.size() >= FLUSH_AT) {
			appending.writePending();
		}
	}

	/**
	 * Writes this transaction's buffered entries now, so that a read in the same
	 * transaction sees them.
	 */
	void flushPending() {
		Appending appending = appending();
		if (appending != null) {
			appending.writePending();
		}
	}

	private Appending appending() {
		return (TransactionSynchronizationManager.getResource(this) instanceof Appending appending) ? appending : null;
	}

	private record Row(long seq, Timestamp at, String actor, UUID caseId, String type, String entry, byte[] leafHash) {
	}

	private void write(List<Row> rows) {
		this.template.batchUpdate("""
				insert into journal_entry (seq, at, actor, case_id, type, entry, leaf_hash)
				values (?, ?, ?, ?, ?, ?, ?)""", new BatchPreparedStatementSetter() {
			@Override
			public void setValues(PreparedStatement ps, int i) throws SQLException {
				Row row = rows.get(i);
				ps.setLong(1, row.seq());
				ps.setTimestamp(2, row.at());
				ps.setString(3, row.actor());
				if (row.caseId() == null) {
					ps.setNull(4, Types.OTHER);
				}
				else {
					ps.setObject(4, row.caseId());
				}
				ps.setString(5, row.type());
				ps.setString(6, row.entry());
				ps.setBytes(7, row.leafHash());
			}

			@Override
			public int getBatchSize() {
				return rows.size();
			}
		});
	}

	/**
	 * One transaction's appends: the next sequence number and the entries not yet
	 * written. Bound to the transaction (and suspended with it, so an inner
	 * {@code REQUIRES_NEW} transaction appends on its own).
	 */
	private final class Appending implements TransactionSynchronization {

		private long next;

		private final List<Row> pending = new ArrayList<>();

		/** Set once the commit began: later appends are written at once. */
		private boolean committing;

		Appending(long next) {
			this.next = next;
		}

		void writePending() {
			if (!this.pending.isEmpty()) {
				List<Row> rows = List.copyOf(this.pending);
				this.pending.clear();
				write(rows);
			}
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			this.committing = true;
			writePending(); // a failure here fails the commit: the change rolls back with
							// its
			// entries
		}

		/**
		 * Entries still buffered here were appended from another synchronization's
		 * {@code beforeCommit}, after this one was listed: write them before the commit
		 * (on a rollback they are rolled back with everything else). Should the write
		 * fail, PostgreSQL has aborted the transaction and its commit turns into a
		 * rollback, so the change never commits without its entries.
		 */
		@Override
		public void beforeCompletion() {
			this.committing = true;
			try {
				writePending();
			}
			catch (RuntimeException ex) {
				// the transaction is aborted; it cannot commit
			}
		}

		@Override
		public void suspend() {
			TransactionSynchronizationManager.unbindResource(JournalEntries.this);
		}

		@Override
		public void resume() {
			TransactionSynchronizationManager.bindResource(JournalEntries.this, this);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(JournalEntries.this);
		}

	}

	long size() {
		flushPending();
		return this.jdbc.sql("select coalesce(max(seq) + 1, 0) from journal_entry").query(Long.class).single();
	}

	Optional<JournalEntry> find(long seq) {
		flushPending();
		return this.jdbc.sql("select * from journal_entry where seq = :seq")
			.param("seq", seq)
			.query(this::entry)
			.optional();
	}

	List<JournalEntry> ofCase(UUID caseId) {
		flushPending();
		return this.jdbc.sql("select * from journal_entry where case_id = :caseId order by seq")
			.param("caseId", caseId)
			.query(this::entry)
			.list();
	}

	List<JournalEntry> latest(int limit) {
		flushPending();
		return this.jdbc.sql("select * from journal_entry order by seq desc limit :limit")
			.param("limit", limit)
			.query(this::entry)
			.list();
	}

	/** Entries from {@code from} on, in order, streamed in pages of {@code page}. */
	void forEach(long from, int page, Consumer<JournalEntry> each) {
		flushPending();
		long next = from;
		while (true) {
			List<JournalEntry> batch = this.jdbc
				.sql("select * from journal_entry where seq >= :from order by seq limit :page")
				.param("from", next)
				.param("page", page)
				.query(this::entry)
				.list();
			batch.forEach(each);
			if (batch.size() < page) {
				return;
			}
			next = batch.get(batch.size() - 1).seq() + 1;
		}
	}

	/** Leaf hashes of {@code [from, to)} in order (what the tree-head job integrates). */
	List<byte[]> leafHashes(long from, long to) {
		flushPending();
		return this.jdbc.sql("select leaf_hash from journal_entry where seq >= :from and seq < :to order by seq")
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> rs.getBytes(1))
			.list();
	}

	// --- Merkle nodes ---

	byte[] node(int level, long index) {
		return this.jdbc.sql("select hash from journal_node where level = :level and idx = :idx")
			.param("level", level)
			.param("idx", index)
			.query((rs, n) -> rs.getBytes(1))
			.optional()
			.orElseThrow(() -> new IllegalStateException("journal node " + level + "/" + index + " is missing"));
	}

	/**
	 * The nodes at {@code coordinates} ({level, index} pairs) in one round trip, keyed
	 * {@code level:index}.
	 */
	java.util.Map<String, byte[]> nodes(List<long[]> coordinates) {
		if (coordinates.isEmpty()) {
			return java.util.Map.of();
		}
		Integer[] levels = coordinates.stream().map(c -> (int) c[0]).toArray(Integer[]::new);
		Long[] indexes = coordinates.stream().map(c -> c[1]).toArray(Long[]::new);
		java.util.Map<String, byte[]> found = new java.util.HashMap<>();
		this.template.query("select n.level, n.idx, n.hash from unnest(?::smallint[], ?::bigint[]) as w(level, idx) "
				+ "join journal_node n on n.level = w.level and n.idx = w.idx", ps -> {
					ps.setArray(1, ps.getConnection().createArrayOf("smallint", levels));
					ps.setArray(2, ps.getConnection().createArrayOf("bigint", indexes));
				}, rs -> {
					found.put(rs.getInt(1) + ":" + rs.getLong(2), rs.getBytes(3));
				});
		return found;
	}

	void insertNodes(List<TreeFrontier.Node> nodes) {
		List<Object[]> rows = new ArrayList<>(nodes.size());
		for (TreeFrontier.Node node : nodes) {
			rows.add(new Object[] { node.level(), node.index(), node.hash() });
		}
		this.template.batchUpdate("insert into journal_node (level, idx, hash) values (?, ?, ?)", rows);
	}

	/**
	 * How many leaves the stored nodes cover: level-0 nodes are the integrated leaves.
	 */
	long integratedSize() {
		return this.jdbc.sql("select coalesce(max(idx) + 1, 0) from journal_node where level = 0")
			.query(Long.class)
			.single();
	}

	// --- tree heads and keys ---

	void insertKey(String id, String algorithm, byte[] publicKey, Instant at) {
		this.jdbc.sql("""
				insert into journal_signing_key (id, algorithm, public_key, created_at)
				values (:id, :algorithm, :key, :at) on conflict (id) do nothing""")
			.param("id", id)
			.param("algorithm", algorithm)
			.param("key", publicKey)
			.param("at", Timestamp.from(at))
			.update();
	}

	Optional<byte[]> publicKey(String id) {
		return this.jdbc.sql("select public_key from journal_signing_key where id = :id")
			.param("id", id)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}

	/** Every key that has signed heads, by id. */
	java.util.Map<String, byte[]> publicKeys() {
		java.util.Map<String, byte[]> keys = new java.util.HashMap<>();
		this.template.query("select id, public_key from journal_signing_key",
				(org.springframework.jdbc.core.RowCallbackHandler) (rs) -> keys.put(rs.getString(1), rs.getBytes(2)));
		return keys;
	}

	void insertTreeHead(TreeHead head, byte[] root, byte[] signature) {
		this.jdbc.sql("""
				insert into journal_tree_head (tree_size, root, hash_algorithm, at, key_id, signature)
				values (:size, :root, :algorithm, :at, :keyId, :signature)""")
			.param("size", head.size())
			.param("root", root)
			.param("algorithm", head.hashAlgorithm())
			.param("at", Timestamp.from(head.at()))
			.param("keyId", head.keyId())
			.param("signature", signature)
			.update();
	}

	Optional<TreeHead> latestTreeHead() {
		return this.jdbc.sql("select * from journal_tree_head order by tree_size desc limit 1")
			.query(JournalEntries::treeHead)
			.optional();
	}

	Optional<TreeHead> treeHead(long size) {
		return this.jdbc.sql("select * from journal_tree_head where tree_size = :size")
			.param("size", size)
			.query(JournalEntries::treeHead)
			.optional();
	}

	/** The newest {@code limit} signed heads, newest first. */
	Optional<TreeHead> firstTreeHeadAtOrAfter(Instant at) {
		return this.jdbc.sql("select * from journal_tree_head where at >= :at order by tree_size limit 1")
			.param("at", Timestamp.from(at))
			.query(JournalEntries::treeHead)
			.optional();
	}

	List<TreeHead> latestTreeHeads(int limit) {
		return this.jdbc.sql("select * from journal_tree_head order by tree_size desc limit :limit")
			.param("limit", limit)
			.query(JournalEntries::treeHead)
			.list();
	}

	List<TreeHead> treeHeads() {
		return this.jdbc.sql("select * from journal_tree_head order by tree_size")
			.query(JournalEntries::treeHead)
			.list();
	}

	// --- settings ---

	Optional<String> setting(String name) {
		return this.jdbc.sql("select value from journal_setting where name = :name")
			.param("name", name)
			.query(String.class)
			.optional();
	}

	void insertSettingIfAbsent(String name, String value) {
		this.jdbc.sql("insert into journal_setting (name, value) values (:name, :value) on conflict (name) do nothing")
			.param("name", name)
			.param("value", value)
			.update();
	}

	private JournalEntry entry(ResultSet rs, int row) throws SQLException {
		return new JournalEntry(rs.getLong("seq"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
				rs.getObject("case_id", UUID.class), rs.getString("type"), rs.getString("entry"),
				HEX.formatHex(rs.getBytes("leaf_hash")));
	}

	private static TreeHead treeHead(ResultSet rs, int row) throws SQLException {
		return new TreeHead(rs.getLong("tree_size"), HEX.formatHex(rs.getBytes("root")), rs.getString("hash_algorithm"),
				rs.getTimestamp("at").toInstant(), rs.getString("key_id"),
				java.util.Base64.getEncoder().encodeToString(rs.getBytes("signature")));
	}

}
