package org.sanxiang.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.sanxiang.platform.BlobStore;
import org.sanxiang.platform.FileSystemBlobStore;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.NotFound;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resumable uploads of evidence (the core of tus 1.0 with creation and termination).
 * Bytes are appended to a partial file while SHA-256 and SM3 run over them (on their own
 * threads: {@link StreamingDigests}); after each request (and about every
 * {@value #CHECKPOINT_BYTES} bytes within one, in the background while the next bytes
 * arrive) the file is forced to disk and only then are the offset and both digest states
 * recorded, so a dropped connection or a killed process resumes exactly at the last
 * recorded offset (bytes beyond it are cut off). Nothing is held in memory but the
 * digests' few buffers.
 * <p>
 * At the last byte the type found in the content must be allowed (415) and the digests
 * the client declared must match (422); the file is then renamed into the blob store and
 * the evidence row inserted with its journal entry in one transaction (JL-1). A refused,
 * terminated or abandoned (idle for a day) upload leaves no row and no file.
 */
@Service
class ResumableUploads {

	private static final Logger log = LoggerFactory.getLogger(ResumableUploads.class);

	static final long CHECKPOINT_BYTES = 16L * 1024 * 1024;

	static final Duration IDLE = Duration.ofHours(24);

	/** How many completed uploads this node remembers for {@link #progress}. */
	static final int REMEMBERED = 1000;

	private static final AtomicInteger RECORDERS = new AtomicInteger();

	/**
	 * Forces the partial files and records the checkpoints while the next bytes arrive.
	 */
	private static final ExecutorService CHECKPOINTS = Executors.newCachedThreadPool(task -> {
		Thread thread = new Thread(task, "evidence-checkpoint-" + RECORDERS.incrementAndGet());
		thread.setDaemon(true);
		return thread;
	});

	/** An append's result: the durable offset, and the evidence once complete. */
	record Progress(long offset, long length, EvidenceItem item) {
	}

	private final Uploads uploads;

	private final EvidenceItems items;

	private final BlobStore blobs;

	private final EvidenceSettings settings;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Path dir;

	private final ArchivedCases archived;

	/** Uploads a request is appending to on this node: one writer per upload. */
	private final Set<UUID> busy = ConcurrentHashMap.newKeySet();

	/**
	 * The last uploads completed on this node, with the evidence each became: a client
	 * whose connection dropped before the answer to its last chunk arrived asks
	 * {@link #progress} and learns that the file is stored instead of being told the
	 * upload is gone. Forgotten on restart (the client then asks the officer to look at
	 * the list).
	 */
	private final Map<UUID, Finished> finished = Collections.synchronizedMap(new LinkedHashMap<>() {

		@Override
		protected boolean removeEldestEntry(Map.Entry<UUID, Finished> eldest) {
			return size() > REMEMBERED;
		}

	});

	private record Finished(String actor, EvidenceItem item) {
	}

	ResumableUploads(Uploads uploads, EvidenceItems items, BlobStore blobs, EvidenceSettings settings, Clock clock,
			TransactionTemplate transactions, ApplicationEventPublisher events, ArchivedCases archived)
			throws IOException {
		this.archived = archived;
		this.uploads = uploads;
		this.items = items;
		this.blobs = blobs;
		this.settings = settings;
		this.clock = clock;
		this.transactions = transactions;
		this.events = events;
		Path configured = settings.uploadDir().isBlank() ? null : Path.of(settings.uploadDir());
		if (configured == null && blobs instanceof FileSystemBlobStore fs) {
			// beside the stored files, on the same file system: completion is a rename
			configured = fs.root().resolve("uploads");
		}
		this.dir = Files.createDirectories(
				configured != null ? configured : Files.createTempDirectory("sanxiang-uploads-").resolve("uploads"));
	}

	long maxSize() {
		return this.settings.maxSize();
	}

	long chunkSize() {
		return this.settings.chunkSize();
	}

	Uploads.Upload create(String actor, long length, String metadataHeader) {
		if (length < 0) {
			throw InputRejected.invalid("Upload-Length", "Upload-Length 应为非负整数");
		}
		if (length > this.settings.maxSize()) {
			throw EvidenceRefused.tooLarge("Upload-Length",
					"文件过大：" + megabytes(length) + "，上限为 " + megabytes(this.settings.maxSize()));
		}
		UploadMetadata metadata = UploadMetadata.parse(metadataHeader, actor, this.clock);
		refuseIfArchived(metadata.caseId());
		UUID id = UUID.randomUUID();
		StreamingDigests.States initial = StreamingDigests.initialStates();
		try {
			Files.deleteIfExists(partial(id));
			Files.createFile(partial(id));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.uploads.insert(id, actor, this.clock.instant(), length, initial.sha256(), initial.sm3(), metadata);
		return this.uploads.find(id).orElseThrow();
	}

	/** The upload if {@code actor} started it; someone else's is not found. */
	Uploads.Upload find(UUID id, String actor) {
		return this.uploads.find(id)
			.filter(u -> u.createdBy().equals(actor))
			.orElseThrow(() -> new NotFound("上传不存在或已结束"));
	}

	/**
	 * Where an upload of {@code actor} stands (tus {@code HEAD}): the durable offset, and
	 * once it completed the evidence it became.
	 */
	Progress progress(UUID id, String actor) {
		Uploads.Upload upload = this.uploads.find(id).filter(u -> u.createdBy().equals(actor)).orElse(null);
		if (upload != null) {
			return new Progress(upload.offset(), upload.length(), null);
		}
		Finished done = this.finished.get(id);
		if (done == null || !done.actor().equals(actor)) {
			throw new NotFound("上传不存在或已结束");
		}
		return new Progress(done.item().size(), done.item().size(), done.item());
	}

	/**
	 * Appends the request body at {@code offset}, which must be the durable offset (409
	 * otherwise: the client asks HEAD and resumes from there).
	 */
	Progress append(UUID id, String actor, long offset, InputStream body) throws IOException {
		Uploads.Upload upload = find(id, actor);
		if (!this.busy.add(id)) {
			throw InputRejected.conflict("Upload-Offset", "该文件正在另一个连接中上传，请稍后重试");
		}
		try {
			upload = find(id, actor);
			if (upload.completing()) {
				throw InputRejected.conflict("Upload-Offset", "上传已完成，正在保存");
			}
			if (offset != upload.offset()) {
				throw InputRejected.conflict("Upload-Offset",
						"续传位置不符：服务器已收到 " + upload.offset() + " 字节，请求从 " + offset + " 字节续传");
			}
			return receive(upload, body);
		}
		finally {
			this.busy.remove(id);
		}
	}

	private Progress receive(Uploads.Upload upload, InputStream body) throws IOException {
		Path file = partial(upload.id());
		String mediaType = upload.mediaType();
		Receiving receiving;
		StreamingDigests.States states;
		try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
			if (out.size() < upload.offset()) {
				terminate(upload);
				throw new IllegalStateException(
						"partial file of upload " + upload.id() + " is shorter than its offset");
			}
			// bytes written after the last recorded offset (a crash in between) are cut
			// off: the digests saved are those at the offset
			out.truncate(upload.offset());
			out.position(upload.offset());
			receiving = new Receiving(upload, out);
			try {
				receiving.copy(body);
				states = receiving.finish();
			}
			finally {
				receiving.abandon();
			}
		}
		if (receiving.broken != null) {
			throw receiving.broken;
		}
		if (receiving.tooMuch) {
			throw EvidenceRefused.tooLarge("Upload-Length", "上传内容超过声明的文件大小 " + upload.length() + " 字节");
		}
		long offset = receiving.offset;
		if (mediaType == null && (offset >= MediaTypes.HEAD || offset == upload.length())) {
			mediaType = MediaTypes.detect(file);
			if (!this.settings.allowed(mediaType)) {
				terminate(upload);
				throw EvidenceRefused.unsupportedType("不支持的文件类型（" + mediaType + "）：只接受音频、视频、JPEG、PNG 图片和 PDF 文件");
			}
			this.uploads.checkpoint(upload.id(), offset, states.sha256(), states.sm3(), mediaType,
					this.clock.instant());
		}
		if (offset < upload.length()) {
			return new Progress(offset, upload.length(), null);
		}
		return new Progress(offset, upload.length(), complete(upload, states, mediaType));
	}

	/**
	 * One request's body on its way into the partial file and through the digests. The
	 * checkpoints within it are recorded in the background while the next bytes arrive,
	 * one at a time and in order; while the disk is still busy with one, the next waits,
	 * not the upload.
	 */
	private final class Receiving {

		private final Uploads.Upload upload;

		private final FileChannel out;

		private final StreamingDigests digests;

		long offset;

		private long checkpointed;

		private CompletableFuture<Void> recording;

		/** The connection dropped; what arrived before is kept and recorded. */
		IOException broken;

		/** The body went on past the declared length. */
		boolean tooMuch;

		Receiving(Uploads.Upload upload, FileChannel out) {
			this.upload = upload;
			this.out = out;
			this.digests = new StreamingDigests(upload.sha256State(), upload.sm3State());
			this.offset = upload.offset();
			this.checkpointed = upload.offset();
		}

		/** Copies the body up to the declared length, or until it ends or breaks. */
		void copy(InputStream body) throws IOException {
			while (this.broken == null) {
				int want = (int) Math.min(StreamingDigests.BUFFER, this.upload.length() - this.offset);
				if (want == 0) {
					this.tooMuch = body.read() >= 0;
					return;
				}
				byte[] buffer = this.digests.buffer();
				int filled = fill(body, buffer, want);
				if (filled > 0) {
					write(buffer, filled);
					this.digests.update(buffer, filled);
					this.offset += filled;
					checkpointIfDue();
				}
				if (filled < want) {
					return;
				}
			}
		}

		private int fill(InputStream body, byte[] buffer, int want) {
			int filled = 0;
			try {
				for (int n = 0; filled < want && n >= 0;) {
					n = body.read(buffer, filled, want - filled);
					filled += Math.max(n, 0);
				}
			}
			catch (IOException ex) {
				this.broken = ex;
			}
			return filled;
		}

		private void write(byte[] buffer, int length) throws IOException {
			ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, length);
			while (chunk.hasRemaining()) {
				this.out.write(chunk);
			}
		}

		private void checkpointIfDue() throws IOException {
			if (this.offset - this.checkpointed < CHECKPOINT_BYTES
					|| (this.recording != null && !this.recording.isDone())) {
				return;
			}
			awaitRecorded();
			long durable = this.offset;
			this.recording = this.digests.states().thenAcceptAsync(states -> record(states, durable), CHECKPOINTS);
			this.checkpointed = durable;
		}

		/**
		 * Records the offset where the body ended, after any checkpoint under way; the
		 * file is forced while the digests finish their last buffers.
		 */
		StreamingDigests.States finish() throws IOException {
			awaitRecorded();
			this.out.force(true);
			StreamingDigests.States states = this.digests.awaitStates();
			save(states, this.offset);
			return states;
		}

		/** Waits for a checkpoint under way however it ends: the file is to be closed. */
		void abandon() {
			if (this.recording != null) {
				this.recording.exceptionally(ex -> null).join();
			}
		}

		/**
		 * Records that {@code offset} bytes are durable, with the digest states after
		 * them: the file is forced first.
		 */
		private void record(StreamingDigests.States states, long offset) {
			try {
				this.out.force(true);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			save(states, offset);
		}

		private void save(StreamingDigests.States states, long offset) {
			ResumableUploads.this.uploads.checkpoint(this.upload.id(), offset, states.sha256(), states.sm3(),
					this.upload.mediaType(), ResumableUploads.this.clock.instant());
		}

		/** Waits for the checkpoint under way; its failure is the request's. */
		private void awaitRecorded() throws IOException {
			if (this.recording == null) {
				return;
			}
			try {
				this.recording.join();
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof UncheckedIOException io) {
					throw io.getCause();
				}
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw ex;
			}
		}

	}

	private EvidenceItem complete(Uploads.Upload upload, StreamingDigests.States states, String mediaType)
			throws IOException {
		String sha256 = StreamingDigests.sha256(states);
		String sm3 = StreamingDigests.sm3(states);
		UploadMetadata m = upload.metadata();
		if (m.declaredSha256() != null && !m.declaredSha256().equals(sha256)) {
			terminate(upload);
			throw InputRejected.unprocessable("sha256", "文件内容与声明的 SHA-256 不符（收到的文件为 " + sha256 + "），请重新上传");
		}
		if (m.declaredSm3() != null && !m.declaredSm3().equals(sm3)) {
			terminate(upload);
			throw InputRejected.unprocessable("sm3", "文件内容与声明的 SM3 不符（收到的文件为 " + sm3 + "），请重新上传");
		}
		Instant now = this.clock.instant();
		this.uploads.completing(upload.id(), sha256, sm3, now);
		BlobStore.Blob blob = this.blobs.adopt(partial(upload.id()), sha256, sm3, upload.length());
		LocalDate retentionEnd = LocalDate.ofInstant(m.captureEnd(), EvidenceVault.CHINA)
			.plus(this.settings.retention(m.activity(), m.caseId() != null));
		EvidenceItem item = new EvidenceItem(UUID.randomUUID(), m.caseId(), m.activity(), m.capturedBy(), m.device(),
				m.captureStart(), m.captureEnd(), m.location(), m.description(), m.fileName(), mediaType,
				upload.length(), blob.sha256(), blob.sm3(), retentionEnd, upload.createdBy(), now, null);
		// remembered before its row goes, so that HEAD always finds one of the two
		this.finished.put(upload.id(), new Finished(upload.createdBy(), item));
		try {
			this.transactions.executeWithoutResult(status -> {
				// the case may have been archived while the bytes arrived: the file is
				// discarded, nothing joins a closed case file
				refuseIfArchived(m.caseId());
				this.items.lockBlob(blob.key());
				if (!this.blobs.contains(blob.key())) {
					throw new IllegalStateException("stored file " + blob.key() + " vanished before its row committed");
				}
				this.items.insert(item);
				this.uploads.delete(upload.id());
				this.events
					.publishEvent(new EvidenceAdded(item.id(), item.caseId(), item.activity(), upload.createdBy(),
							item.capturedBy(), item.device(), item.captureStart(), item.captureEnd(), item.fileName(),
							item.mediaType(), item.size(), item.sha256(), item.sm3(), item.retentionEnd()));
			});
		}
		catch (RuntimeException ex) {
			this.finished.remove(upload.id());
			discardCompleting(upload.id(), blob.key());
			throw ex;
		}
		return item;
	}

	/**
	 * 409 for evidence of an archived case (inside the completing transaction: final).
	 */
	private void refuseIfArchived(UUID caseId) {
		if (caseId != null && this.archived.archived(caseId)) {
			throw InputRejected.conflict("caseId", EvidenceVault.ARCHIVED);
		}
	}

	/** Ends an upload (tus termination): its file and row go. */
	void terminate(UUID id, String actor) {
		Uploads.Upload upload = find(id, actor);
		if (!this.busy.add(id)) {
			throw InputRejected.conflict("upload", "该文件正在上传，请先中断上传");
		}
		try {
			terminate(upload);
		}
		finally {
			this.busy.remove(id);
		}
	}

	private void terminate(Uploads.Upload upload) {
		try {
			Files.deleteIfExists(partial(upload.id()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.uploads.delete(upload.id());
	}

	/**
	 * A completion that did not commit: the row goes, and the stored file too unless a
	 * record names it (identical content kept before).
	 */
	private void discardCompleting(UUID id, String key) {
		try {
			this.transactions.executeWithoutResult(status -> {
				this.uploads.delete(id);
				if (key != null) {
					this.items.removeIfUnreferenced(key, this.blobs);
				}
			});
			Files.deleteIfExists(partial(id));
		}
		catch (RuntimeException | IOException ex) {
			log.warn("未能清理上传 {}：{}", id, ex.getMessage());
		}
	}

	/**
	 * After a crash ({@code kill -9}): a completion that did not commit is undone (its
	 * stored file removed unless a record names it), partial files without an upload are
	 * deleted, and uploads whose partial file is gone are dropped. Uploads still
	 * receiving resume where they were recorded. Run by {@link CrashRecovery} before the
	 * server takes requests, so no upload is being created meanwhile.
	 */
	void recover() throws IOException {
		Set<String> known = new HashSet<>();
		int dropped = 0;
		for (Uploads.Upload upload : this.uploads.all()) {
			if (upload.completing()) {
				discardCompleting(upload.id(), upload.sha256());
				dropped++;
			}
			else if (!Files.exists(partial(upload.id()))) {
				this.uploads.delete(upload.id());
				dropped++;
			}
			else {
				known.add(upload.id() + ".part");
			}
		}
		int orphans = 0;
		try (var files = Files.list(this.dir)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				if (!known.contains(file.getFileName().toString()) && Files.deleteIfExists(file)) {
					orphans++;
				}
			}
		}
		if (dropped + orphans > 0) {
			log.info("证据上传恢复：放弃 {} 个未完成的上传，删除 {} 个孤立的临时文件", dropped, orphans);
		}
	}

	/** Uploads nobody continued for a day are abandoned (weak connections get a day). */
	// 未完成的上传记在数据库里，分片文件在 upload-dir：多节点时 upload-dir 必须是共享存储
	// （否则换了节点就无法续传），所以清理只需一个节点做，也只能一个节点做（另一节点会删正在续传的文件）
	@SchedulerLock(name = "evidence-idle-uploads", lockAtMostFor = "PT30M",
			lockAtLeastFor = "${sanxiang.scheduling.lock-at-least-for:PT5S}")
	@Scheduled(fixedDelayString = "${sanxiang.evidence.cleanup-interval:PT1H}",
			initialDelayString = "${sanxiang.evidence.cleanup-interval:PT1H}")
	void removeIdleScheduled() {
		removeIdle();
	}

	/** Abandons the uploads idle for a day; how many. */
	int removeIdle() {
		int removed = 0;
		for (Uploads.Upload upload : this.uploads.idleSince(this.clock.instant().minus(IDLE))) {
			if (this.busy.add(upload.id())) {
				try {
					terminate(upload);
					removed++;
				}
				finally {
					this.busy.remove(upload.id());
				}
			}
		}
		return removed;
	}

	Path partial(UUID id) {
		return this.dir.resolve(id + ".part");
	}

	static String megabytes(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
	}

}
