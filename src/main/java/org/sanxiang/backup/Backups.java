package org.sanxiang.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.sanxiang.backup.BackupManifest.Part;
import org.sanxiang.backup.BackupManifest.SequenceValue;
import org.sanxiang.backup.BackupManifest.SignedHead;
import org.sanxiang.platform.BlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes, lists, checks, prunes and restores backups (see the package description). One
 * backup at a time per node; scheduled jobs are guarded across nodes by the job lock.
 */
@Service
class Backups {

	private static final Logger log = LoggerFactory.getLogger(Backups.class);

	static final String PREFIX = "sanxiang-";

	static final String PARTIAL_PREFIX = ".partial-";

	private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
		.withZone(ZoneOffset.UTC);

	private static final HexFormat HEX = HexFormat.of();

	static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final DataSource dataSource;

	private final BlobStore blobs;

	private final Flyway flyway;

	private final BackupSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AtomicReference<InProgress> running = new AtomicReference<>();

	Backups(DataSource dataSource, BlobStore blobs, Flyway flyway, BackupSettings settings,
			ApplicationEventPublisher events, Clock clock) {
		this.dataSource = dataSource;
		this.blobs = blobs;
		this.flyway = flyway;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/** A backup being written on this node. */
	record InProgress(String name, Instant startedAt, String actor) {
	}

	/** A completed backup as listed. */
	record BackupSummary(String name, Path dir, String createdAt, long bytes, int parts, String schemaVersion,
			long journalSize, Long treeHeadSize, boolean keystoreIncluded) {
	}

	Optional<InProgress> inProgress() {
		return Optional.ofNullable(this.running.get());
	}

	BackupSettings settings() {
		return this.settings;
	}

	/**
	 * Makes a backup under {@code sanxiang.backup.dir}, applies the retention and
	 * journals the outcome.
	 */
	BackupSummary create(String actor) {
		BackupSummary made = createIn(this.settings.dir(), actor);
		applyRetention();
		return made;
	}

	/**
	 * Makes a backup in {@code parent}: written under {@code .partial-<name>} and renamed
	 * to {@code sanxiang-<time>} once the manifest is written and forced to disk.
	 */
	BackupSummary createIn(Path parent, String actor) {
		Instant now = this.clock.instant();
		InProgress progress = new InProgress(PREFIX + NAME_TIME.format(now), now, actor);
		if (!this.running.compareAndSet(null, progress)) {
			throw new BackupRefused("已有一个备份正在进行（" + this.running.get().name() + "），请等待其完成");
		}
		Path partial = null;
		try {
			Files.createDirectories(parent);
			removePartials(parent);
			String name = progress.name();
			for (int i = 2; Files.exists(parent.resolve(name)); i++) {
				name = progress.name() + "-" + i;
			}
			partial = parent.resolve(PARTIAL_PREFIX + name);
			Files.createDirectories(partial);
			BackupManifest manifest = write(partial, now);
			Path target = parent.resolve(name);
			moveAtomically(partial, target);
			BackupSummary summary = summary(target, manifest);
			this.events.publishEvent(new BackupEvents.BackupCreated(actor, name, manifest.schemaVersion(),
					manifest.journalSize(), summary.treeHeadSize() == null ? 0 : summary.treeHeadSize(),
					manifest.parts().size(), manifest.totalSize()));
			log.info("备份完成：{}（{} 个文件，{} 字节）", target, manifest.parts().size(), manifest.totalSize());
			return summary;
		}
		catch (IOException | SQLException | RuntimeException ex) {
			deleteTree(partial);
			String reason = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
			log.error("备份失败：{}", reason, ex);
			try {
				this.events.publishEvent(new BackupEvents.BackupFailed(actor, reason));
			}
			catch (RuntimeException journalDown) {
				log.warn("备份失败未能记入全过程记录：{}", journalDown.getMessage());
			}
			if (ex instanceof BackupRefused refused) {
				throw refused;
			}
			throw new BackupRefused("备份失败：" + reason, ex);
		}
		finally {
			this.running.set(null);
		}
	}

	private BackupManifest write(Path dir, Instant now) throws IOException, SQLException {
		List<Part> parts = new ArrayList<>();
		List<String> tables = new ArrayList<>();
		Map<String, Long> rows = new LinkedHashMap<>();
		Map<String, SequenceValue> sequences = new LinkedHashMap<>();
		String schemaVersion;
		long journalSize;
		SignedHead head;
		// 一个只读、可重复读的事务 = 一个快照：所有表、序列和树头出自同一时刻
		try (Connection con = this.dataSource.getConnection()) {
			con.setAutoCommit(false);
			con.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			con.setReadOnly(true);
			try {
				schemaVersion = schemaVersion(con);
				journalSize = single(con, "select count(*) from journal_entry");
				head = latestHead(con);
				CopyManager copy = con.unwrap(PGConnection.class).getCopyAPI();
				for (String table : tables(con)) {
					tables.add(table);
					rows.put(table, single(con, "select count(*) from " + table));
					parts.add(writePart(dir, "db/" + table + ".copy", "table",
							out -> copy.copyOut("COPY " + table + " TO STDOUT (FORMAT binary)", out)));
				}
				sequences.putAll(sequences(con));
				con.commit();
			}
			catch (SQLException | IOException | RuntimeException ex) {
				con.rollback();
				throw ex;
			}
		}
		// Files are content-addressed and stored before the rows naming them commit, so
		// every
		// key the snapshot names is in the store now (a few newer ones may come along
		// too).
		List<String> keys;
		try (Stream<String> stream = this.blobs.keys()) {
			keys = stream.sorted().toList();
		}
		for (String key : keys) {
			Part part = writePart(dir, blobPath(key), "blob", out -> {
				try (InputStream in = this.blobs.open(key)) {
					in.transferTo(out);
				}
			});
			if (!part.sha256().equals(key)) {
				throw new IOException("证据文件 " + key + " 的内容与其哈希不符（" + part.sha256() + "），存储已损坏");
			}
			parts.add(part);
		}
		Path ledger = this.settings.ledgerDir();
		if (ledger != null && Files.isDirectory(ledger)) {
			for (Path file : regularFiles(ledger)) {
				String rel = ledger.relativize(file).toString().replace('\\', '/');
				if (rel.contains(".tmp") || rel.startsWith(".")) {
					continue;
				}
				parts.add(writePart(dir, "ledger-files/" + rel, "ledger-file", out -> Files.copy(file, out)));
			}
		}
		boolean keystore = false;
		Path keystorePath = this.settings.keystore();
		if (this.settings.includeKeystore() && keystorePath != null && Files.isRegularFile(keystorePath)) {
			keystore = true;
			parts.add(writePart(dir, "keystore/" + keystorePath.getFileName(), "keystore",
					out -> Files.copy(keystorePath, out)));
			Path password = passwordFile(keystorePath);
			if (Files.isRegularFile(password)) {
				parts.add(writePart(dir, "keystore/" + password.getFileName(), "keystore",
						out -> Files.copy(password, out)));
			}
		}
		BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, now.toString(), appVersion(), schemaVersion,
				journalSize, head, sequences, tables, rows, keystore, parts);
		Path file = dir.resolve(BackupManifest.FILE_NAME);
		try (OutputStream out = Files.newOutputStream(file)) {
			JSON.writeValue(out, manifest);
		}
		force(file);
		return manifest;
	}

	/** Re-hashes every part of a backup against its manifest. */
	static BackupCheck verify(Path dir) {
		BackupManifest manifest;
		try {
			manifest = readManifest(dir);
		}
		catch (RuntimeException | IOException ex) {
			return new BackupCheck(0, List.of("清单 manifest.json 缺失或无法读取：" + ex.getMessage()));
		}
		List<String> problems = new ArrayList<>();
		Set<String> listed = new HashSet<>();
		int checked = 0;
		for (Part part : manifest.parts()) {
			listed.add(part.path());
			Path file = resolveInside(dir, part.path());
			if (file == null) {
				problems.add("清单中的路径无效：" + part.path());
				continue;
			}
			if (!Files.isRegularFile(file)) {
				problems.add("缺少文件 " + part.path());
				continue;
			}
			try (InputStream in = Files.newInputStream(file)) {
				MessageDigest sha = sha256();
				long size = new DigestInputStream(in, sha).transferTo(OutputStream.nullOutputStream());
				String hash = HEX.formatHex(sha.digest());
				if (size != part.size() || !hash.equals(part.sha256())) {
					problems.add("文件 " + part.path() + " 已改变（清单 " + part.sha256().substring(0, 12) + "…/" + part.size()
							+ " 字节，实际 " + hash.substring(0, 12) + "…/" + size + " 字节）");
					continue;
				}
				checked++;
			}
			catch (IOException ex) {
				problems.add("文件 " + part.path() + " 无法读取：" + ex.getMessage());
			}
		}
		for (Path file : regularFilesQuietly(dir)) {
			String rel = dir.relativize(file).toString().replace('\\', '/');
			if (!rel.equals(BackupManifest.FILE_NAME) && !listed.contains(rel)) {
				problems.add("清单中没有的文件 " + rel);
			}
		}
		return new BackupCheck(checked, problems);
	}

	/** Re-hashes one listed backup and journals what was found. */
	BackupCheck verifyListed(String name, String actor) {
		Path dir = listedDir(name);
		BackupCheck check = verify(dir);
		this.events.publishEvent(new BackupEvents.BackupVerified(actor, name, check.intact(), check.summary()));
		return check;
	}

	Path listedDir(String name) {
		if (name == null || !name.startsWith(PREFIX) || name.contains("/") || name.contains("\\")
				|| name.contains("..")) {
			throw new BackupRefused("备份名称无效");
		}
		Path dir = this.settings.dir().resolve(name);
		if (!Files.isRegularFile(dir.resolve(BackupManifest.FILE_NAME))) {
			throw new BackupRefused("没有名为 " + name + " 的备份");
		}
		return dir;
	}

	/** Completed backups, newest first; partial directories are never listed. */
	List<BackupSummary> list() {
		Path parent = this.settings.dir();
		if (!Files.isDirectory(parent)) {
			return List.of();
		}
		List<BackupSummary> found = new ArrayList<>();
		try (DirectoryStream<Path> dirs = Files.newDirectoryStream(parent, PREFIX + "*")) {
			for (Path dir : dirs) {
				if (Files.isRegularFile(dir.resolve(BackupManifest.FILE_NAME))) {
					try {
						found.add(summary(dir, readManifest(dir)));
					}
					catch (IOException | RuntimeException ex) {
						log.warn("备份 {} 的清单无法读取：{}", dir, ex.getMessage());
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		found.sort(Comparator.comparing(BackupSummary::name).reversed());
		return found;
	}

	/**
	 * Deletes the backups beyond the retention: the newest {@code keep-last} always stay;
	 * older ones go when more than {@code keep-days} old (or at once when keep-days is
	 * 0).
	 */
	int applyRetention() {
		List<BackupSummary> all = list();
		Instant limit = this.settings.keepDays() > 0
				? this.clock.instant().minus(Duration.ofDays(this.settings.keepDays())) : null;
		int removed = 0;
		for (int i = Math.max(1, this.settings.keepLast()); i < all.size(); i++) {
			BackupSummary old = all.get(i);
			if (limit == null || Instant.parse(old.createdAt()).isBefore(limit)) {
				// the manifest goes first: a half-deleted backup is no longer listed
				try {
					Files.deleteIfExists(old.dir().resolve(BackupManifest.FILE_NAME));
				}
				catch (IOException ex) {
					log.warn("过期备份 {} 未能删除：{}", old.dir(), ex.getMessage());
					continue;
				}
				deleteTree(old.dir());
				removed++;
			}
		}
		if (removed > 0) {
			log.info("按保留策略删除了 {} 个过期备份", removed);
		}
		return removed;
	}

	/**
	 * Restores a backup into an empty installation: verifies the backup, migrates the
	 * target database to the backup's schema version (refusing when this program's
	 * version differs), loads every table and sequence in one transaction, and puts every
	 * file back, each checked against its hash.
	 */
	BackupManifest restore(Path dir, RestoreTarget target) {
		BackupCheck check = verify(dir);
		if (!check.intact()) {
			throw new BackupRefused("备份未通过校验，不能恢复：" + check.summary());
		}
		BackupManifest manifest;
		try {
			manifest = readManifest(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Flyway migrations = Flyway.configure(this.flyway.getConfiguration().getClassLoader())
			.configuration(this.flyway.getConfiguration())
			.dataSource(target.dataSource())
			.load();
		String ours = latestMigration(migrations);
		if (!ours.equals(manifest.schemaVersion())) {
			throw new BackupRefused(
					"备份的数据库结构版本为 V" + manifest.schemaVersion() + "，本程序为 V" + ours + "，不能恢复；请用制作该备份的同一版本程序恢复，再升级");
		}
		try {
			migrations.migrate();
			loadDatabase(dir, manifest, target.dataSource());
			restoreFiles(dir, manifest, target);
		}
		catch (SQLException ex) {
			throw new BackupRefused("恢复数据库失败（已回滚）：" + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new BackupRefused("恢复文件失败：" + ex.getMessage(), ex);
		}
		log.info("已从备份 {} 恢复：结构版本 V{}，全过程记录 {} 条", dir, manifest.schemaVersion(), manifest.journalSize());
		return manifest;
	}

	/** Where a restore puts things. A {@code null} path skips that part. */
	record RestoreTarget(DataSource dataSource, BlobStore blobs, Path ledgerDir, Path keystore) {
	}

	private void loadDatabase(Path dir, BackupManifest manifest, DataSource target) throws SQLException, IOException {
		try (Connection con = target.getConnection()) {
			con.setAutoCommit(false);
			try (Statement st = con.createStatement()) {
				long entries;
				try (ResultSet rs = st.executeQuery("select count(*) from journal_entry")) {
					rs.next();
					entries = rs.getLong(1);
				}
				if (entries > 0) {
					throw new BackupRefused("目标数据库已有 " + entries + " 条全过程记录：只能恢复到空的安装（新建数据库，且不加载演示数据）");
				}
				// 复制模式下不触发触发器与外键检查：只追加的全过程记录表也能整表装入，表的次序无关
				st.execute("set local session_replication_role = replica");
				st.execute("truncate " + String.join(", ", manifest.tables()));
				CopyManager copy = con.unwrap(PGConnection.class).getCopyAPI();
				for (String table : manifest.tables()) {
					try (InputStream in = Files.newInputStream(dir.resolve("db/" + table + ".copy"))) {
						copy.copyIn("COPY " + table + " FROM STDIN (FORMAT binary)", in);
					}
				}
				try (PreparedStatement set = con.prepareStatement("select setval(?::regclass, ?, ?)")) {
					for (Map.Entry<String, SequenceValue> seq : manifest.sequences().entrySet()) {
						set.setString(1, seq.getKey());
						set.setLong(2, seq.getValue().lastValue());
						set.setBoolean(3, seq.getValue().isCalled());
						set.execute();
					}
				}
				con.commit();
			}
			catch (SQLException | IOException | RuntimeException ex) {
				con.rollback();
				throw ex;
			}
		}
	}

	private void restoreFiles(Path dir, BackupManifest manifest, RestoreTarget target) throws IOException {
		for (Part part : manifest.parts()) {
			Path file = dir.resolve(part.path());
			switch (part.kind()) {
				case "blob" -> {
					if (target.blobs() == null) {
						continue;
					}
					String key = file.getFileName().toString();
					if (!target.blobs().contains(key)) {
						try (InputStream in = Files.newInputStream(file)) {
							String stored = target.blobs().put(in).key();
							if (!stored.equals(key)) {
								throw new IOException("证据文件 " + key + " 恢复后哈希为 " + stored);
							}
						}
					}
				}
				case "ledger-file" -> {
					if (target.ledgerDir() != null) {
						copyInto(file, target.ledgerDir().resolve(part.path().substring("ledger-files/".length())));
					}
				}
				case "keystore" -> {
					if (target.keystore() != null) {
						boolean password = part.path().endsWith(".password");
						Path into = password ? passwordFile(target.keystore()) : target.keystore();
						if (Files.exists(into) && Files.mismatch(into, file) != -1) {
							Path aside = into.resolveSibling(
									into.getFileName() + ".before-restore-" + NAME_TIME.format(this.clock.instant()));
							Files.move(into, aside);
							log.warn("已有的 {} 与备份中的不同，已改名为 {} 保留", into, aside.getFileName());
						}
						copyInto(file, into);
					}
				}
				default -> {
				}
			}
		}
	}

	void journalRestore(String actor, Path dir, BackupManifest manifest) {
		this.events
			.publishEvent(new BackupEvents.BackupRestored(actor, dir.getFileName().toString(), manifest.schemaVersion(),
					manifest.journalSize(), manifest.treeHead() == null ? 0 : manifest.treeHead().size()));
	}

	static BackupManifest readManifest(Path dir) throws IOException {
		try (InputStream in = Files.newInputStream(dir.resolve(BackupManifest.FILE_NAME))) {
			BackupManifest manifest = JSON.readValue(in, BackupManifest.class);
			if (!BackupManifest.FORMAT.equals(manifest.format())) {
				throw new IOException("不认识的备份格式 " + manifest.format());
			}
			return manifest;
		}
	}

	private static BackupSummary summary(Path dir, BackupManifest manifest) {
		return new BackupSummary(dir.getFileName().toString(), dir, manifest.createdAt(), manifest.totalSize(),
				manifest.parts().size(), manifest.schemaVersion(), manifest.journalSize(),
				manifest.treeHead() == null ? null : manifest.treeHead().size(), manifest.keystoreIncluded());
	}

	private static String latestMigration(Flyway flyway) {
		String latest = null;
		org.flywaydb.core.api.MigrationVersion max = null;
		for (MigrationInfo info : flyway.info().all()) {
			if (info.getVersion() != null && (max == null || info.getVersion().isNewerThan(max.getVersion()))) {
				max = info.getVersion();
				latest = info.getVersion().getVersion();
			}
		}
		return latest == null ? "0" : latest;
	}

	private static String schemaVersion(Connection con) throws SQLException {
		try (Statement st = con.createStatement();
				ResultSet rs = st.executeQuery("select version from flyway_schema_history"
						+ " where success and version is not null order by installed_rank desc limit 1")) {
			return rs.next() ? rs.getString(1) : "0";
		}
	}

	private static long single(Connection con, String sql) throws SQLException {
		try (Statement st = con.createStatement(); ResultSet rs = st.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static SignedHead latestHead(Connection con) throws SQLException {
		try (Statement st = con.createStatement();
				ResultSet rs = st.executeQuery("select tree_size, root, hash_algorithm, at, key_id, signature"
						+ " from journal_tree_head order by tree_size desc limit 1")) {
			if (!rs.next()) {
				return null;
			}
			return new SignedHead(rs.getLong(1), HEX.formatHex(rs.getBytes(2)), rs.getString(3),
					rs.getTimestamp(4).toInstant().toString(), rs.getString(5),
					Base64.getEncoder().encodeToString(rs.getBytes(6)));
		}
	}

	private static List<String> tables(Connection con) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Statement st = con.createStatement();
				ResultSet rs = st.executeQuery("select format('%I.%I', schemaname, tablename) from pg_tables"
						+ " where schemaname not in ('pg_catalog', 'information_schema')"
						+ " and schemaname not like 'pg_temp%' order by 1")) {
			while (rs.next()) {
				tables.add(rs.getString(1));
			}
		}
		return tables;
	}

	private static Map<String, SequenceValue> sequences(Connection con) throws SQLException {
		List<String> names = new ArrayList<>();
		try (Statement st = con.createStatement();
				ResultSet rs = st.executeQuery("select format('%I.%I', schemaname, sequencename) from pg_sequences"
						+ " where schemaname not in ('pg_catalog', 'information_schema') order by 1")) {
			while (rs.next()) {
				names.add(rs.getString(1));
			}
		}
		Map<String, SequenceValue> values = new LinkedHashMap<>();
		for (String name : names) {
			try (Statement st = con.createStatement();
					ResultSet rs = st.executeQuery("select last_value, is_called from " + name)) {
				rs.next();
				values.put(name, new SequenceValue(rs.getLong(1), rs.getBoolean(2)));
			}
		}
		return values;
	}

	interface PartWriter {

		void write(OutputStream out) throws IOException, SQLException;

	}

	private static Part writePart(Path dir, String rel, String kind, PartWriter writer)
			throws IOException, SQLException {
		Path file = dir.resolve(rel);
		Files.createDirectories(file.getParent());
		MessageDigest sha = sha256();
		long size;
		try (OutputStream raw = Files.newOutputStream(file);
				CountingDigestStream out = new CountingDigestStream(raw, sha)) {
			writer.write(out);
			out.flush();
			size = out.count;
		}
		force(file);
		return new Part(rel, kind, HEX.formatHex(sha.digest()), size);
	}

	private static final class CountingDigestStream extends DigestOutputStream {

		long count;

		CountingDigestStream(OutputStream out, MessageDigest digest) {
			super(new java.io.BufferedOutputStream(out, 1 << 16), digest);
		}

		@Override
		public void write(int b) throws IOException {
			super.write(b);
			this.count++;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			super.write(b, off, len);
			this.count += len;
		}

	}

	static String blobPath(String key) {
		return "blobs/" + key.substring(0, 2) + "/" + key;
	}

	private static Path passwordFile(Path keystore) {
		return keystore.resolveSibling(keystore.getFileName() + ".password");
	}

	private static void copyInto(Path from, Path to) throws IOException {
		Files.createDirectories(to.toAbsolutePath().getParent());
		Path tmp = to.resolveSibling(to.getFileName() + ".restore.tmp");
		Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING);
		force(tmp);
		Files.move(tmp, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private static void moveAtomically(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			throw new IOException("备份目录不支持原子改名：" + to.getParent(), ex);
		}
		force(to.getParent());
	}

	private static void force(Path path) {
		try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(path, Files.isDirectory(path)
				? java.nio.file.StandardOpenOption.READ : java.nio.file.StandardOpenOption.WRITE)) {
			ch.force(true);
		}
		catch (IOException ex) {
			// directories cannot be forced on every file system
		}
	}

	/** Removes what an interrupted backup (a killed process) left behind. */
	static int removePartials(Path parent) throws IOException {
		int removed = 0;
		if (!Files.isDirectory(parent)) {
			return 0;
		}
		try (DirectoryStream<Path> dirs = Files.newDirectoryStream(parent, PARTIAL_PREFIX + "*")) {
			for (Path dir : dirs) {
				deleteTree(dir);
				removed++;
			}
		}
		if (removed > 0) {
			log.info("已清理 {} 个未完成的备份（上次备份中断）", removed);
		}
		return removed;
	}

	private static Path resolveInside(Path dir, String rel) {
		Path file = dir.resolve(rel).normalize();
		return file.startsWith(dir.normalize()) ? file : null;
	}

	private static List<Path> regularFiles(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(Files::isRegularFile).sorted().toList();
		}
	}

	private static List<Path> regularFilesQuietly(Path root) {
		try {
			return regularFiles(root);
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	static void deleteTree(Path root) {
		if (root == null || !Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			log.warn("目录 {} 未能删除：{}", root, ex.getMessage());
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String appVersion() {
		String version = Backups.class.getPackage().getImplementationVersion();
		return version == null ? "development" : version;
	}

}
